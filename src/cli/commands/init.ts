// replyguide init [DIR]: a team's own playbook that extends the built-in one. Asks on a terminal,
// takes flags, or takes defaults with --no-input. Never overwrites a file.
import { closeSync, existsSync, mkdirSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { displayPath } from '../../lint/formatters/paths.js';
import { PLAYBOOK_FILE_NAMES } from '../../playbook/load.js';
import { playbookSchema } from '../../playbook/schema.js';
import { scaffold, slug, SUPPORTED_LOCALES, type InitAnswers } from '../../init/scaffold.js';
import { createPrompter, Interrupted, type Prompter } from '../../prompt/adapter.js';
import { EXIT, now, UsageError, type Io } from '../io.js';

export interface InitFlags {
  brand?: string;
  handle: string[];
  supportEmail?: string;
  supportUrl?: string;
  locales?: string;
  responseTimes?: string;
  houseRules?: string;
  voice?: string;
  input: boolean;
}

const DURATION = /^[1-9][0-9]*(m|h|d|w)$/;

export async function initCommand(dir: string | undefined, flags: InitFlags, io: Io): Promise<number> {
  const target = resolve(io.cwd, dir ?? '.');
  const existing = PLAYBOOK_FILE_NAMES.map((name) => join(target, name)).find((file) => existsSync(file));
  if (existing) throw new UsageError(`${displayPath(existing, io.cwd)} already exists; nothing was written`);

  const interactive = flags.input && io.stdin.isTTY === true && io.stdout.isTTY === true;
  let answers: InitAnswers;
  if (interactive) {
    const prompter = await createPrompter({ input: io.stdin, output: io.stdout });
    try {
      answers = await ask(prompter, flags, target, io, (message) => io.stderr.write(`replyguide: ${message}\n`));
    } catch (error) {
      if (error instanceof Interrupted) {
        io.stderr.write('replyguide: cancelled; nothing was written\n');
        return EXIT.interrupted;
      }
      throw error;
    }
  } else answers = defaults(target, flags, io);

  const files = [...scaffold(answers), { path: 'playbook.schema.json', content: JSON.stringify(playbookSchema, null, 2) + '\n' }];
  const clash = files.map((f) => join(target, f.path)).find((file) => existsSync(file));
  if (clash) throw new UsageError(`${displayPath(clash, io.cwd)} already exists; nothing was written`);
  writeAllOrNothing(target, files);
  const shown = displayPath(target, io.cwd) || '.';
  io.stdout.write(`Created ${files.map((f) => displayPath(join(target, f.path), io.cwd)).join(', ')}\n`);
  io.stdout.write(`Next: replyguide lint ${shown} · replyguide triage --playbook ${shown} · replyguide explain --playbook ${shown}\n`);
  return EXIT.ok;
}

/** Flags, else defaults a team can edit later (".example" addresses are obviously placeholders). */
function defaults(target: string, flags: InitFlags, io: Io): InitAnswers {
  const brand = flags.brand?.trim() || titleCase(basename(target)) || 'Our brand';
  const domain = `${slug(brand)}.example`;
  const handles = flags.handle.length ? parseHandles(flags.handle) : { instagram: `@${slug(brand).replace(/-/g, '')}` };
  return {
    brand,
    handles,
    supportEmail: parseEmail(flags.supportEmail ?? `care@${domain}`),
    supportUrl: parseUrl('--support-url', flags.supportUrl ?? `https://${domain}/help`),
    locales: flags.locales ? parseLocales(flags.locales) : ['en'],
    responseTimes: flags.responseTimes ? parseResponseTimes(flags.responseTimes) : { urgent: '30m', normal: '2h', low: '1d' },
    houseRules: parseUrl('--house-rules', flags.houseRules ?? `https://${domain}/house-rules`),
    voice: flags.voice === undefined ? 'informal' : parseVoice(flags.voice),
    today: now(io.env).toISOString().slice(0, 10),
  };
}

async function ask(prompter: Prompter, flags: InitFlags, target: string, io: Io, warn: (message: string) => void): Promise<InitAnswers> {
  /** Asks until the answer parses (an empty answer takes the default shown). */
  const question = async <T>(message: string, fallback: string, parse: (value: string) => T): Promise<T> => {
    for (;;) {
      const value = (await prompter.text(message, { defaultValue: fallback })).trim() || fallback;
      try {
        return parse(value);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        warn(error.message);
      }
    }
  };
  const brand = flags.brand?.trim() || await question('Brand name, as it appears in replies', defaults(target, flags, io).brand, (v) => v);
  // The other defaults follow the brand (its handle, its .example addresses); a flag skips its question.
  const base = defaults(target, { ...flags, brand }, io);
  const unless = async <T>(given: unknown, value: T, ask: () => Promise<T>) => (given === undefined ? ask() : value);
  return {
    ...base,
    handles: flags.handle.length ? base.handles
      : await question('Accounts (platform=handle, comma-separated)', Object.entries(base.handles).map(([p, h]) => `${p}=${h}`).join(','), (v) => parseHandles(v.split(','))),
    supportEmail: await unless(flags.supportEmail, base.supportEmail, () => question('Support e-mail', base.supportEmail, parseEmail)),
    supportUrl: await unless(flags.supportUrl, base.supportUrl, () => question('Support page (URL)', base.supportUrl, (v) => parseUrl('--support-url', v))),
    locales: await unless(flags.locales, base.locales, () => question(`Languages you answer in (${SUPPORTED_LOCALES.join(', ')}; comma-separated, default first)`, base.locales.join(','), parseLocales)),
    responseTimes: await unless(flags.responseTimes, base.responseTimes, () => question('Response times (urgent, normal, low)', Object.entries(base.responseTimes).map(([k, d]) => `${k}=${d}`).join(','), parseResponseTimes)),
    houseRules: await unless(flags.houseRules, base.houseRules, () => question('Link to your house rules', base.houseRules, (v) => parseUrl('--house-rules', v))),
    voice: await unless(flags.voice, base.voice, async () => parseVoice(await prompter.select('Voice', [
      { value: 'informal', label: 'informal ("je", "du")' },
      { value: 'formal', label: 'formal ("u", "Sie")' },
    ], 'informal'))),
  };
}

/** Exclusive creates (a file that appeared meanwhile is never overwritten); on failure, none stay. */
function writeAllOrNothing(target: string, files: { path: string; content: string }[]): void {
  const written: string[] = [];
  try {
    for (const file of files) {
      const path = join(target, file.path);
      mkdirSync(dirname(path), { recursive: true });
      const fd = openSync(path, 'wx', 0o644);
      written.push(path);
      try { writeSync(fd, file.content); } finally { closeSync(fd); }
    }
  } catch (error) {
    for (const path of written) try { unlinkSync(path); } catch { /* already gone */ }
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`cannot write the playbook (${code ?? (error as Error).message}); nothing was written`);
  }
}

function parseHandles(values: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values.map((v) => v.trim()).filter(Boolean)) {
    const match = /^([A-Za-z][A-Za-z0-9_-]*)=(\S+)$/.exec(value);
    if (!match) throw new UsageError(`--handle takes platform=handle (e.g. instagram=@acme), not "${value}"`);
    out[match[1]] = match[2];
  }
  return out;
}

function parseLocales(value: string): string[] {
  const locales = value.split(',').map((l) => l.trim()).filter(Boolean);
  const unknown = locales.filter((l) => !SUPPORTED_LOCALES.includes(l));
  if (locales.length === 0 || unknown.length) throw new UsageError(`--locales takes ${SUPPORTED_LOCALES.join(', ')} (the built-in playbook's languages), not "${value}"`);
  return [...new Set(locales)];
}

function parseResponseTimes(value: string): InitAnswers['responseTimes'] {
  const out: Record<string, string> = { urgent: '30m', normal: '2h', low: '1d' };
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^(urgent|normal|low)=(\S+)$/.exec(part);
    if (!match || !DURATION.test(match[2])) throw new UsageError(`--response-times takes urgent=30m,normal=2h,low=1d (m, h, d or w), not "${part}"`);
    out[match[1]] = match[2];
  }
  return out as InitAnswers['responseTimes'];
}

function parseUrl(flag: string, value: string): string {
  if (!/^https?:\/\/[^\s/]+\.[^\s]+$/.test(value)) throw new UsageError(`${flag} takes a web address (https://…), not "${value}"`);
  return value;
}

function parseEmail(value: string): string {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) throw new UsageError(`--support-email takes an e-mail address, not "${value}"`);
  return value;
}

function parseVoice(value: string): 'formal' | 'informal' {
  if (value !== 'formal' && value !== 'informal') throw new UsageError(`--voice takes formal or informal, not "${value}"`);
  return value;
}

function titleCase(name: string): string {
  return name.replace(/[-_]+/g, ' ').replace(/\b\p{L}/gu, (c) => c.toUpperCase()).trim();
}
