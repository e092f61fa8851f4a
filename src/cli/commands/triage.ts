// `replyguide triage`: classify a comment and get the reply and next steps. Interactive on a
// terminal; scripted with flags (and never prompting) otherwise.
import { displayPath } from '../../lint/formatters/paths.js';
import { inLocale } from '../../playbook/load.js';
import { chooseLocale } from '../../triage/locale.js';
import { detectLocaleWithConfidence } from '../../tone/detect-locale.js';
import { uiLocale } from '../../i18n/index.js';
import { readAnswers } from '../../triage/answers.js';
import { planJson } from '../../triage/format/json.js';
import { triage, type MissingAnswer, type TriageResult } from '../../triage/plan.js';
import type { Suggestions } from '../../suggest/suggest.js';
import { withDetectedAnswers } from '../../suggest/detect.js';
import { quoted } from '../../suggest/quoted.js';
import { configuredAgent } from '../agent-config.js';
import { parseAnswerFlags, readAnswersFile } from '../answers-input.js';
import { EXIT, now, readStdin, UsageError, useColor, type Io } from '../io.js';
import { usePlaybook } from '../playbook-input.js';
import { recordPlan, type LogFlag } from '../response-log.js';

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
  log?: LogFlag;
  useSuggestions?: boolean;
}

export async function triageCommand(flags: TriageFlags, io: Io): Promise<number> {
  const playbook = usePlaybook(flags.playbook, io, { locale: flags.locale });
  const variant = parseVariant(flags.variant);
  const raw = { ...(flags.answers ? readAnswersFile(flags.answers, io.cwd) : {}), ...parseAnswerFlags(flags.answer) };
  const { answers, problems } = readAnswers(playbook.data, raw);
  if (problems.length > 0) {
    for (const problem of problems) io.stderr.write(`replyguide: ${problem.message}\n`);
    return EXIT.usage;
  }
  if (flags.comment === '-' && io.stdin.isTTY) throw new UsageError('--comment - reads the comment from standard input, but that is a terminal; pipe the comment in');
  const comment = flags.comment === '-' ? await readStdin(io.stdin) : flags.comment;
  const interactive = flags.input && flags.format === 'text' && io.stdin.isTTY === true && io.stdout.isTTY === true;
  if (interactive) {
    const { interactiveTriage } = await import('../interactive-triage.js');
    return interactiveTriage({ playbook, answers, comment, variant, flags, io });
  }
  const { locale } = chooseLocale(playbook.locales, flags.locale, comment);
  const replyIn = inLocale(playbook, locale);
  const agent = configuredAgent(flags.agent, io.env);
  // Flags the comment itself answers (a threat, personal data posted) are not asked of a script.
  let given = withDetectedAnswers(replyIn.data, answers, comment ?? '');
  let result = triage({ playbook: replyIn, answers: given, comment: comment ?? '', agent, variant, now: now(io.env) });
  // Answers missing: with a comment, say what it suggests (and with --use-suggestions, take the confident ones).
  if (!result.ok && result.kind === 'missing' && comment?.trim()) {
    const { suggestionsFor, withConfidentSuggestions } = await import('../suggestions.js');
    const suggestions = await suggestionsFor(replyIn, comment, io);
    if (flags.useSuggestions) {
      given = withDetectedAnswers(replyIn.data, withConfidentSuggestions(replyIn, given, suggestions), comment);
      result = triage({ playbook: replyIn, answers: given, comment, agent, variant, now: now(io.env) });
    }
    if (!result.ok && result.kind === 'missing') return reportMissing(result.missing, suggestions, { locale, detected: flags.locale === undefined, confidence: flags.locale === undefined ? detectLocaleWithConfidence(comment, playbook.locales, playbook.locales[0]).confidence : 1 }, flags.format, io);
  }
  // No comment to read: a bot still gets the missing answers as JSON.
  if (!result.ok && result.kind === 'missing' && flags.format === 'json') return reportMissing(result.missing, { locale, byQuestion: new Map() }, { locale, detected: false, confidence: 0 }, 'json', io);
  if (!result.ok) return reportFailure(result, io);
  const plan = result.plan;
  recordPlan(flags.log, plan, comment ?? '', playbook, io);
  if (flags.format === 'json') {
    io.stdout.write(planJson(plan, playbook.file));
  } else {
    const { planText } = await import('../../triage/format/text.js'); // chalk only for people
    io.stdout.write(planText(plan, { color: useColor(io.stdout, io.env, flags.color), locale: uiLocale(flags.locale, io.env), now: now(io.env), timeZone: io.env.TZ || undefined, width: io.stdout.columns }));
  }
  return EXIT.ok;
}

/** Missing answers, with what the comment suggests: JSON on stdout for a bot, words on stderr for a person. */
function reportMissing(missing: MissingAnswer[], suggestions: Suggestions, locale: { locale: string; detected: boolean; confidence: number }, format: 'text' | 'json', io: Io): number {
  const suggested = Object.fromEntries([...suggestions.byQuestion].map(([id, s]) => [id, { value: s.value, confidence: s.confidence, because: s.because, confident: s.confident }]));
  if (format === 'json') {
    io.stdout.write(JSON.stringify({
      missing: missing.map((m) => ({ id: m.id, prompt: m.prompt, valid: m.values })),
      suggestions: suggested,
      locale: { value: locale.locale, detected: locale.detected, confidence: locale.confidence },
    }, null, 2) + '\n');
    return EXIT.usage;
  }
  io.stderr.write(`replyguide: missing answers (give them with --answer id=value, or --use-suggestions for the confident ones):\n`);
  for (const m of missing) {
    const s = suggestions.byQuestion.get(m.id);
    io.stderr.write(`  ${m.id}: ${m.prompt} (${m.valid})${s ? `; suggested: ${s.value === true ? 'yes' : String(s.value)} · ${Math.round(s.confidence * 100)}%${s.confident ? '' : ' (not sure enough to take)'} · ${quoted(s.because)}` : ''}\n`);
  }
  return EXIT.usage;
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
