// `replyguide triage`: classify a comment and get the reply and next steps. Interactive on a
// terminal; scripted with flags (and never prompting) otherwise.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { ParseCache } from '../../playbook/parse-cache.js';
import { version } from '../version.js';
import { displayPath } from '../../lint/formatters/paths.js';
import { BUILTIN_PLAYBOOK } from '../../playbook/builtin.js';
import { inLocale, loadPlaybook, type LoadedPlaybook } from '../../playbook/load.js';
import { chooseLocale } from '../../triage/locale.js';
import { uiLocale } from '../../i18n/index.js';
import { readAnswers } from '../../triage/answers.js';
import { planJson } from '../../triage/format/json.js';
import { triage, type TriageResult } from '../../triage/plan.js';
import { configuredAgent } from '../agent-config.js';
import { parseAnswerFlags, readAnswersFile } from '../answers-input.js';
import { EXIT, now, UsageError, useColor, type Io } from '../io.js';

export interface TriageFlags {
  comment?: string;
  answer: string[];
  answers?: string;
  playbook?: string;
  agent?: string;
  locale?: string;
  variant?: string;
  format: 'text' | 'json';
  input: boolean;
  color?: boolean;
}

export async function triageCommand(flags: TriageFlags, io: Io): Promise<number> {
  const playbook = loadOrExplain(flags.playbook ? resolve(io.cwd, flags.playbook) : BUILTIN_PLAYBOOK, io);
  checkLocaleFlag(flags.locale, playbook);
  const variant = parseVariant(flags.variant);
  const raw = { ...(flags.answers ? readAnswersFile(flags.answers, io.cwd) : {}), ...parseAnswerFlags(flags.answer) };
  const { answers, problems } = readAnswers(playbook.data, raw);
  if (problems.length > 0) {
    for (const problem of problems) io.stderr.write(`replyguide: ${problem.message}\n`);
    return EXIT.usage;
  }
  const comment = flags.comment === '-' ? await readAll(io.stdin) : flags.comment;
  const interactive = flags.input && flags.format === 'text' && io.stdin.isTTY === true && io.stdout.isTTY === true;
  if (interactive) {
    const { interactiveTriage } = await import('../interactive-triage.js');
    return interactiveTriage({ playbook, answers, comment, variant, flags, io });
  }
  const { locale } = chooseLocale(playbook.locales, flags.locale, comment);
  const result = triage({ playbook: inLocale(playbook, locale), answers, comment: comment ?? '', agent: configuredAgent(flags.agent, io.env), variant, now: now(io.env) });
  if (!result.ok) return reportFailure(result, io);
  const plan = result.plan;
  if (flags.format === 'json') {
    io.stdout.write(planJson(plan));
  } else {
    const { planText } = await import('../../triage/format/text.js'); // chalk only for people
    io.stdout.write(planText(plan, { color: useColor(io.stdout, io.env, flags.color), locale: uiLocale(flags.locale, io.env), now: now(io.env), timeZone: io.env.TZ || undefined, width: io.stdout.columns }));
  }
  return EXIT.ok;
}

/** Where validated playbooks are cached: REPLYGUIDE_CACHE_DIR, else the user's cache folder; "off" disables. */
function parseCache(env: Io['env']): ParseCache | undefined {
  if (env.REPLYGUIDE_CACHE_DIR === 'off') return undefined;
  const dir = env.REPLYGUIDE_CACHE_DIR || join(env.XDG_CACHE_HOME || join(env.HOME || homedir(), '.cache'), 'replyguide', 'playbooks');
  return { dir, version: version() };
}

export function checkLocaleFlag(flag: string | undefined, playbook: LoadedPlaybook): void {
  if (flag !== undefined && !playbook.locales.includes(flag)) {
    throw new UsageError(`--locale ${flag} is not available in this playbook; available: ${playbook.locales.join(', ')}`);
  }
}

/** Loads a playbook for use; a broken one is a usage error that names its first problems. */
export function loadOrExplain(path: string, io: Io): LoadedPlaybook {
  const loaded = loadPlaybook(path, { cache: parseCache(io.env) });
  const errors = loaded.diagnostics.filter((d) => d.severity === 'error');
  if (loaded.playbook && errors.length === 0) return loaded.playbook;
  for (const d of errors.slice(0, 5)) io.stderr.write(`${displayPath(d.file, io.cwd)}:${d.line}:${d.column}: ${d.message} (${d.rule})\n`);
  const more = errors.length > 5 ? ` (${errors.length - 5} more)` : '';
  throw new UsageError(`the playbook has errors${more}; run: replyguide lint ${displayPath(path, io.cwd)}`);
}

export function reportFailure(result: Exclude<TriageResult, { ok: true }>, io: Io): number {
  switch (result.kind) {
    case 'missing':
      io.stderr.write(`replyguide: missing answers (give them with --answer id=value):\n`);
      for (const m of result.missing) io.stderr.write(`  ${m.id}: ${m.prompt} (${m.valid})\n`);
      break;
    case 'no-situation':
      io.stderr.write('replyguide: no situation in the playbook matches these answers; add a catch-all situation without `when`\n');
      break;
    case 'bad-variant':
      io.stderr.write(`replyguide: --variant must be between 1 and ${result.variants}\n`);
      break;
    case 'template': {
      const e = result.error;
      io.stderr.write(`replyguide: template "${e.template}" failed at ${displayPath(e.file, io.cwd)}:${e.line}:${e.column}: ${e.message}\n`);
      break;
    }
  }
  return EXIT.usage;
}

function parseVariant(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new UsageError(`--variant takes a number from 1, not "${value}"`);
  return Number(value);
}

async function readAll(stream: Io['stdin']): Promise<string> {
  if (stream.isTTY) throw new UsageError('--comment - reads the comment from standard input, but that is a terminal; pipe the comment in');
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

