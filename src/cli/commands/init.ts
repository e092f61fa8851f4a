// replyguide init [DIR]: a team's own playbook that extends the brand-neutral starter. Asks on a
// terminal, takes flags, or leaves placeholders with --no-input. Never overwrites a file.
import { closeSync, existsSync, mkdirSync, openSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { displayPath } from '../../lint/formatters/paths.js';
import { STARTER_PLAYBOOK } from '../../playbook/builtin.js';
import { loadPlaybook, PLAYBOOK_FILE_NAMES } from '../../playbook/load.js';
import { playbookSchema } from '../../playbook/schema.js';
import { countPlaceholders } from '../../playbook/placeholder.js';
import { ciWorkflow, playbookYaml, teamPlaybook, readme, slug, SUPPORTED_LOCALES, type InitAnswers, type StarterFacts } from '../../init/scaffold.js';
import { createPrompter, Interrupted, type Prompter } from '../../prompt/adapter.js';
import { EXIT, now, rawOutput, UsageError, type Io } from '../io.js';
import { stripControl } from '../../triage/clean-text.js';
import { version } from '../version.js';
import { translator, uiLocale, type Translate } from '../../i18n/index.js';

export interface InitFlags {
  brand?: string;
  handle: string[];
  supportEmail?: string;
  supportUrl?: string;
  locales?: string;
  responseTimes?: string;
  houseRules?: string;
  factsUrl?: string;
  contact: string[];
  voice?: string;
  input: boolean;
}

const DURATION = /^[1-9][0-9]*(m|h|d|w)$/;

/** A value init writes is one line of text: no escapes or hidden characters, line breaks as spaces. */
const oneLine = (value: string) => stripControl(value).replace(/\s*\n\s*/g, ' ');

export async function initCommand(dir: string | undefined, given: InitFlags, io: Io): Promise<number> {
  // What the playbook is written from is text for people: no escapes or hidden characters in the file.
  const flags = Object.fromEntries(Object.entries(given).map(([k, v]) => [k, typeof v === 'string' ? oneLine(v) : Array.isArray(v) ? v.map((x) => (typeof x === 'string' ? oneLine(x) : x)) : v])) as InitFlags;
  const t = translator(uiLocale(undefined, io.env));
  const target = resolve(io.cwd, dir ?? '.');
  const existing = PLAYBOOK_FILE_NAMES.map((name) => join(target, name)).find((file) => existsSync(file));
  if (existing) throw new UsageError(t('init.exists', { file: displayPath(existing, io.cwd) }));
  const starter = starterFacts();

  const interactive = flags.input && io.stdin.isTTY === true && io.stdout.isTTY === true;
  let answers: InitAnswers;
  if (interactive) {
    const prompter = await createPrompter({ input: io.stdin, output: rawOutput(io.stdout), locale: uiLocale(undefined, io.env) });
    try {
      answers = await ask(prompter, flags, target, starter, io, t, (message) => io.stderr.write(`replyguide: ${message}\n`));
    } catch (error) {
      if (error instanceof Interrupted) {
        io.stderr.write(`replyguide: ${t('init.cancelled')}\n`);
        return EXIT.interrupted;
      }
      throw error;
    }
  } else answers = defaults(target, flags, starter, io, t);

  // The workflow belongs at the root of the git repository, where GitHub reads it.
  const root = gitRoot(target);
  const folder = root ? relative(root, target).split(sep).join('/') || '.' : '.';
  const workflow = ciWorkflow(folder, version());
  const playbook = teamPlaybook(answers, starter);
  const files = [
    { path: join(target, 'playbook.yaml'), content: playbookYaml(playbook) },
    { path: join(target, 'playbook.schema.json'), content: JSON.stringify(playbookSchema, null, 2) + '\n' },
    { path: join(target, 'README.md'), content: readme(answers, folder) },
    ...(root ? [{ path: join(root, '.github', 'workflows', 'replyguide.yml'), content: workflow }] : []),
  ];
  // Never overwrite: a file that is already there (the repository's README, an earlier workflow) stays.
  const skipped = files.filter((f) => existsSync(f.path));
  const written = files.filter((f) => !skipped.includes(f));
  writeAllOrNothing(written);
  const shown = (file: string) => displayPath(file, io.cwd);
  io.stdout.write(`${t('init.created', { files: written.map((f) => shown(f.path)).join(', ') })}\n`);
  for (const f of skipped) io.stdout.write(`${t('init.kept', { file: shown(f.path) })}\n`);
  if (!root) {
    io.stdout.write(`\n${t('init.noGit', { dir: shown(target) || '.' })}\n\n${workflow}\n`);
  } else if (skipped.some((f) => f.path.endsWith('replyguide.yml'))) {
    io.stdout.write(`${t('init.addToWorkflow')}\n      - run: npx --yes replyguide@${version()} lint ${folder} --format github --max-warnings 0\n`);
  }
  const left = countPlaceholders(playbook);
  const cd = displayPath(target, io.cwd) ? `cd ${displayPath(target, io.cwd)} && ` : '';
  io.stdout.write(`${left ? `${t(left === 1 ? 'init.placeholders.one' : 'init.placeholders', { count: left, cd })}\n` : ''}${t('init.next', { commands: `${cd}replyguide lint · replyguide triage · replyguide explain` })}\n`);
  return EXIT.ok;
}

/** The facts the starter leaves to each team, read from the starter itself (its placeholders, its contacts). */
function starterFacts(): StarterFacts {
  const loaded = loadPlaybook(STARTER_PLAYBOOK);
  if (!loaded.playbook) throw new Error('the built-in starter playbook does not load');
  const raw = loaded.playbook.raw as { brand: { support: Record<string, string>; links: Record<string, string> }; policies: { houseRules: { link: string } }; contacts: Record<string, { reach: string }> };
  const data = loaded.playbook.data;
  return {
    placeholders: {
      supportEmail: raw.brand.support.email,
      supportUrl: raw.brand.support.url,
      dm: raw.brand.support.dm,
      houseRules: raw.policies.houseRules.link,
      facts: raw.brand.links.facts,
    },
    contacts: Object.entries(data.contacts ?? {}).map(([id, c]) => ({ id, name: c.name, role: c.role, placeholder: raw.contacts[id].reach })),
  };
}

/** The folder holding .git, from the target (or its nearest existing parent) up. */
function gitRoot(from: string): string | undefined {
  for (let dir = from; ; dir = dirname(dir)) {
    if (existsSync(join(dir, '.git'))) return dir;
    if (dirname(dir) === dir) return undefined;
  }
}

/** Flags, else placeholders the team fills in later (lint lists them). */
function defaults(target: string, flags: InitFlags, starter: StarterFacts, io: Io, t: Translate): InitAnswers {
  const brand = flags.brand?.trim() || titleCase(basename(target)) || t('init.ourBrand');
  return {
    brand,
    handles: parseHandles(flags.handle, t),
    supportEmail: flags.supportEmail === undefined ? undefined : parseEmail(flags.supportEmail, t),
    supportUrl: flags.supportUrl === undefined ? undefined : parseUrl('--support-url', flags.supportUrl, t),
    houseRules: flags.houseRules === undefined ? undefined : parseUrl('--house-rules', flags.houseRules, t),
    facts: flags.factsUrl === undefined ? undefined : parseUrl('--facts-url', flags.factsUrl, t),
    contacts: parseContacts(flags.contact, starter, t),
    locales: flags.locales ? parseLocales(flags.locales, t) : ['en'],
    responseTimes: flags.responseTimes ? parseResponseTimes(flags.responseTimes, t) : { urgent: '30m', normal: '2h', low: '1d' },
    voice: flags.voice === undefined ? 'informal' : parseVoice(flags.voice, t),
    today: now(io.env).toISOString().slice(0, 10),
  };
}

async function ask(prompter: Prompter, flags: InitFlags, target: string, starter: StarterFacts, io: Io, t: Translate, warn: (message: string) => void): Promise<InitAnswers> {
  /** Asks until the answer parses; an empty answer takes the default shown, or leaves a placeholder. */
  const question = async <T>(message: string, fallback: string, parse: (value: string) => T): Promise<T | undefined> => {
    for (;;) {
      const value = oneLine(await prompter.text(message, { defaultValue: fallback })).trim() || fallback;
      if (!value) return undefined;
      try {
        return parse(value);
      } catch (error) {
        if (!(error instanceof UsageError)) throw error;
        warn(error.message);
      }
    }
  };
  const later = t('init.later');
  const brand = flags.brand?.trim() || await question(t('init.brand'), defaults(target, flags, starter, io, t).brand, (v) => v) || t('init.ourBrand');
  // A flag skips its question; the rest are asked, and what is left empty becomes a placeholder.
  const base = defaults(target, { ...flags, brand }, starter, io, t);
  const unless = async <T>(given: unknown, value: T, ask: () => Promise<T>) => (given === undefined || (Array.isArray(given) && given.length === 0) ? ask() : value);
  const handles = await unless(flags.handle, base.handles, async () => (await question(`${t('init.handles', { example: slug(brand).replace(/-/g, '') })}${later}`, '', (v) => parseHandles(v.split(','), t))) ?? {});
  const supportEmail = await unless(flags.supportEmail, base.supportEmail, () => question(`${t('init.email')}${later}`, '', (v) => parseEmail(v, t)));
  const supportUrl = await unless(flags.supportUrl, base.supportUrl, () => question(`${t('init.url')}${later}`, '', (v) => parseUrl('--support-url', v, t)));
  const houseRules = await unless(flags.houseRules, base.houseRules, () => question(`${t('init.houseRules')}${later}`, '', (v) => parseUrl('--house-rules', v, t)));
  const facts = await unless(flags.factsUrl, base.facts, () => question(`${t('init.facts')}${later}`, '', (v) => parseUrl('--facts-url', v, t)));
  const contacts: Record<string, string> = { ...base.contacts };
  for (const c of starter.contacts) {
    if (contacts[c.id] !== undefined) continue;
    const reach = await question(`${t('init.contact', { name: c.name, role: c.role ? ` (${c.role})` : '' })}${later}`, '', (v) => v);
    if (reach) contacts[c.id] = reach;
  }
  const locales = await unless(flags.locales, base.locales, async () => (await question(t('init.locales', { list: SUPPORTED_LOCALES.join(', ') }), base.locales.join(','), (v) => parseLocales(v, t)))!);
  const responseTimes = await unless(flags.responseTimes, base.responseTimes, async () => (await question(t('init.responseTimes'), Object.entries(base.responseTimes).map(([k, d]) => `${k}=${d}`).join(','), (v) => parseResponseTimes(v, t)))!);
  const voice = await unless(flags.voice, base.voice, async () => parseVoice(await prompter.select(t('init.voice'), [
    { value: 'informal', label: t('init.informal') },
    { value: 'formal', label: t('init.formal') },
  ], 'informal'), t));
  return { ...base, handles, supportEmail, supportUrl, houseRules, facts, contacts, locales, responseTimes, voice };
}

/** Exclusive creates (a file that appeared meanwhile is never overwritten); on failure, none stay. */
function writeAllOrNothing(files: { path: string; content: string }[]): void {
  const written: string[] = [];
  try {
    for (const file of files) {
      const path = file.path;
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

function parseHandles(values: string[], t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  for (const value of values.map((v) => v.trim()).filter(Boolean)) {
    const match = /^([A-Za-z][A-Za-z0-9_-]*)=(\S+)$/.exec(value);
    if (!match) throw new UsageError(t('init.badHandle', { value }));
    out[match[1]] = match[2];
  }
  return out;
}

function parseContacts(values: string[], starter: StarterFacts, t: Translate): Record<string, string> {
  const out: Record<string, string> = {};
  const ids = starter.contacts.map((c) => c.id);
  for (const value of values) {
    const match = /^([a-z0-9][a-z0-9_-]*)=(.*\S.*)$/s.exec(value.trim());
    if (!match || !ids.includes(match[1])) throw new UsageError(t('init.badContact', { ids: ids.join(', '), value }));
    out[match[1]] = match[2].trim();
  }
  return out;
}

function parseLocales(value: string, t: Translate): string[] {
  const locales = value.split(',').map((l) => l.trim()).filter(Boolean);
  const unknown = locales.filter((l) => !SUPPORTED_LOCALES.includes(l));
  if (locales.length === 0 || unknown.length) throw new UsageError(t('init.badLocales', { list: SUPPORTED_LOCALES.join(', '), value: unknown.length ? unknown.join(', ') : value })); // the item that is wrong, not the whole list
  return [...new Set(locales)];
}

function parseResponseTimes(value: string, t: Translate): InitAnswers['responseTimes'] {
  const out: Record<string, string> = { urgent: '30m', normal: '2h', low: '1d' };
  for (const part of value.split(',').map((p) => p.trim()).filter(Boolean)) {
    const match = /^(urgent|normal|low)=(\S+)$/.exec(part);
    if (!match || !DURATION.test(match[2])) throw new UsageError(t('init.badResponseTimes', { value: part }));
    out[match[1]] = match[2];
  }
  return out as InitAnswers['responseTimes'];
}

function parseUrl(flag: string, value: string, t: Translate): string {
  if (!/^https?:\/\/[^\s/]+\.[^\s]+$/.test(value)) throw new UsageError(t('init.badUrl', { flag, value }));
  return value;
}

function parseEmail(value: string, t: Translate): string {
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(value)) throw new UsageError(t('init.badEmail', { value }));
  return value;
}

function parseVoice(value: string, t: Translate): 'formal' | 'informal' {
  if (value !== 'formal' && value !== 'informal') throw new UsageError(t('init.badVoice', { value }));
  return value;
}

function titleCase(name: string): string {
  return name.replace(/[-_]+/g, ' ').replace(/\b\p{L}/gu, (c) => c.toUpperCase()).trim();
}
