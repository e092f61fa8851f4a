// The tool's own words in four languages: every catalog key is translated (not empty, same
// placeholders, not a copy of the English unless it is the same word in that language), and what log,
// followups, stats, prune, explain and init print under LANG=nl/de/sv holds none of the English-only
// phrases those commands used to print.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { de } from '../../src/i18n/de.js';
import { en, type MessageKey } from '../../src/i18n/en.js';
import { nl } from '../../src/i18n/nl.js';
import { sv } from '../../src/i18n/sv.js';
import { runInProcess } from '../helpers/cli.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

/** Keys whose text is rightly the same as the English one in that language (a word both share). */
const SAME_AS_ENGLISH: Record<string, MessageKey[]> = {
  nl: ['unit.week', 'prompt.noKey', 'stats.variant'],
  de: ['guide.version', 'prompt.noKey'],
  sv: ['guide.version', 'prompt.noKey', 'stats.variant'],
};

describe('the tool catalog', () => {
  it.each([['nl', nl()], ['de', de()], ['sv', sv()]] as const)('%s translates every English key, with the same placeholders', (locale, catalog) => {
    expect(Object.keys(catalog).sort()).toEqual(Object.keys(en).sort());
    for (const [key, text] of Object.entries(en) as [MessageKey, string][]) {
      const translated = catalog[key];
      expect([key, translated.trim() === '']).toEqual([key, false]);
      expect([key, placeholders(translated)]).toEqual([key, placeholders(text)]);
      if (!SAME_AS_ENGLISH[locale].includes(key)) expect([key, translated]).not.toEqual([key, text]);
    }
  });
});

/** What these commands printed in English only, before they spoke the user's language. */
const ENGLISH_ONLY = [
  'No answers in', 'no reply', 'Thread:', 'Comment:', 'Reply:', 'not stored', 'No log at', 'Removed ', 'cannot prune',
  'takes a date', 'overdue since', 'due soon', 'due ', 'We said', 'Now:', 'No open follow-ups', 'No follow-ups due', 'Mark one done',
  'no follow-up', 'already done', 'answered with', 'Outcomes', 'copied', 'scripted', 'started over', 'skipped', 'By situation',
  'in time', 'Replies used', 'Never used', 'Answered within', 'no replies with', 'values are still', 'The playbook as', ' from ',
  'Created ', 'not in a git repository', 'placeholder', 'Next:', 'already exists',
];

const complaint = ['triage', '--no-input', '-p', 'starter', '-a', 'kind=complaint', '-a', 'our_fault=yes', '-a', 'private_data=no', '-a', 'name=Tom', '--agent', 'Sam', '-c', 'My bike broke', '--link', 'https://x.com/a/1'];

describe.each(['nl_NL.UTF-8', 'de_DE.UTF-8', 'sv_SE.UTF-8'])('LANG=%s', (LANG) => {
  it('log, followups, stats, prune, explain and init say nothing in English', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-words-'));
    const env = { LANG, REPLYGUIDE_LOG: join(dir, 'log.jsonl') };
    const empty = { LANG, REPLYGUIDE_LOG: join(dir, 'empty.jsonl') };
    expect((await runInProcess(complaint, { env })).code).toBe(0);
    const runs = await Promise.all([
      runInProcess(['log'], { env }),
      runInProcess(['log'], { env: empty }),
      runInProcess(['log', '--since', 'yesterday'], { env }),
      runInProcess(['followups', '-p', 'starter'], { env }),
      runInProcess(['followups', '-p', 'starter', '--due'], { env: empty }),
      runInProcess(['followups', '-p', 'starter'], { env: empty }),
      runInProcess(['followups', 'done', 'nope'], { env }),
      runInProcess(['stats', '-p', 'starter'], { env }),
      runInProcess(['stats', '-p', 'starter'], { env: empty }),
      runInProcess(['log', 'prune', '--before', '2020-01-01'], { env }),
      runInProcess(['log', 'prune', '--before', '2020-01-01'], { env: empty }),
      runInProcess(['explain', '-p', 'tests/fixtures/good/minimal.yaml'], { env }),
      runInProcess(['init', join(dir, 'team'), '--no-input'], { env }),
      runInProcess(['init', join(dir, 'team'), '--no-input'], { env }),
    ]);
    const id = JSON.parse((await runInProcess(['followups', '-p', 'starter', '-f', 'json'], { env })).stdout)[0].id as string;
    runs.push(await runInProcess(['followups', 'done', id], { env }), await runInProcess(['followups', 'done', id], { env }));
    // The texts the playbook and the log hold (situation ids, the English reply, step texts) are data, not the tool's words.
    const logged = readFileSync(env.REPLYGUIDE_LOG, 'utf8');
    const reply = JSON.parse(logged.split('\n')[0]).reply.text.split('\n')[0].slice(0, 99);
    const step = JSON.parse(logged.split('\n')[0]).followUps[0].text;
    for (const run of runs) {
      // explain prints the playbook itself (its text is the playbook's): only its comments are the tool's words.
      const stdout = run.stdout.startsWith('#') ? run.stdout.split('\n').filter((line) => /^\s*#/.test(line)).join('\n') : run.stdout;
      const said = `${stdout}\n${run.stderr}`.replaceAll(reply, '').replaceAll(step, '');
      for (const phrase of ENGLISH_ONLY) expect([run.stdout.slice(0, 60), phrase, said.includes(phrase)]).toEqual([run.stdout.slice(0, 60), phrase, false]);
    }
  });
});

/** A queue with one good row, one without a comment and one with a time that is not one. */
function smallQueue(dir: string): string {
  const file = join(dir, 'q.csv');
  writeFileSync(file, 'id,author,comment,posted\nc1,Tom Jansen,My order arrived broken,2026-11-21T09:00:00Z\nc2,Ann,,\nc3,Bo,Late again,yesterday\n');
  return file;
}
const ANSWERED = ['-a', 'kind=complaint', '-a', 'our_fault=no', '-a', 'private_data=no', '-a', 'tried_before=no', '-a', 'own_details=no'];

describe('scripted triage in the tool language', () => {
  it('LANG=nl: the queue lines, its summary, missing answers, a wrong answer and a bad --variant are Dutch', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-words-'));
    const queue = smallQueue(dir);
    const env = { LANG: 'nl_NL.UTF-8', TZ: 'UTC', REPLYGUIDE_LOG: join(dir, 'log.jsonl'), REPLYGUIDE_NOW: '2026-11-21T09:10:00Z' };
    const first = await runInProcess(['triage', '--queue', queue, '--no-input', '-p', 'demo', ...ANSWERED], { env, cwd: dir });
    expect(first.code).toBe(2);
    expect(first.stdout).toBe([
      '1 / 3  complaint · antwoord complaint-public #1 · uiterlijk 09:30 UTC',
      '2 / 3  mislukt: geen tekst in de reactie (q.csv:3)',
      '3 / 3  mislukt: posted "yesterday" is geen ISO 8601-tijd (zoals 2026-11-21T09:30:00Z) (q.csv:4)',
      '',
    ].join('\n'));
    expect(first.stderr).toBe('q.csv: 3 rij(en): 1 gepland, 2 mislukt, 0 al in het logboek\n');
    const again = await runInProcess(['triage', '--queue', queue, '--no-input', '-p', 'demo', '-a', 'kind=complaint'], { env, cwd: dir });
    expect(again.stdout.split('\n')[0]).toBe('1 / 3  staat al in het logboek');
    expect(again.stderr).toBe('q.csv: 3 rij(en): 0 gepland, 2 mislukt, 1 al in het logboek\n');
    const missing = await runInProcess(['triage', '--no-input', '-p', 'demo', '--no-log', '-c', 'Mijn fiets is weer kapot, ik wil mijn geld terug'], { env });
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/^replyguide: antwoorden ontbreken \(geef ze met --answer id=waarde, of --use-suggestions voor de zekere suggesties\):\n {2}kind: Waar gaat deze reactie vooral over\? \(complaint, [^)]*\); suggestie: complaint · \d+%/);
    expect((await runInProcess(['triage', '--no-input', '-p', 'demo', '-a', 'kind=compliant', '-c', 'x'], { env })).stderr)
      .toBe('replyguide: "compliant" is geen geldig antwoord op kind; bedoel je "complaint"?; geldig: complaint, cant_reach, question, misinformation, accusation, abuse, hate, praise, spam, other\n');
    expect((await runInProcess(['triage', '--no-input', '-p', 'demo', '--variant', '0', '-c', 'x'], { env })).stderr).toBe('replyguide: --variant verwacht een getal vanaf 1, niet "0"\n');
    expect((await runInProcess(['triage', '--no-input', '-p', 'demo', '--link', 'nope', '-c', 'x'], { env })).stderr).toBe('replyguide: --link verwacht het webadres van de reactie of de draad (https://…), niet "nope"\n');
    expect((await runInProcess(['triage', '--no-input', '-p', 'demo', '--posted', 'gisteren', '-c', 'x'], { env })).stderr).toBe('replyguide: --posted verwacht een ISO 8601-tijd zoals 2026-11-21T09:30:00Z, niet "gisteren"\n');
    expect((await runInProcess(['triage', '--no-input', '-p', 'demo', '-a', 'kind', '-c', 'x'], { env })).stderr).toBe('replyguide: --answer verwacht id=waarde, bijvoorbeeld --answer kind=praise (niet "kind")\n');
    // A log that cannot be written (here a folder): one line, with the way out.
    const unwritable = await runInProcess(['triage', '--no-input', '-p', 'demo', '-a', 'kind=praise', '-a', 'from_staff=no', '-c', 'Top!', '--log', dir], { env });
    expect([unwritable.code, unwritable.stderr]).toEqual([2, `replyguide: kan het logboek ${dir} niet schrijven (EISDIR); gebruik --no-log om zonder logboek te antwoorden\n`]);
    expect((await runInProcess(['triage', '--no-input', '-p', 'demo', '--no-log', ...ANSWERED, '--variant', '9', '-c', 'x'], { env })).stderr).toBe('replyguide: --variant moet tussen 1 en 3 liggen\n');
  });

  it.each(['de_DE.UTF-8', 'sv_SE.UTF-8'])('LANG=%s: the same lines hold no English; the JSON Lines are the English run\'s, byte for byte', async (LANG) => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-words-'));
    const queue = smallQueue(dir);
    const base = { TZ: 'UTC', REPLYGUIDE_NOW: '2026-11-21T09:10:00Z' };
    const text = await runInProcess(['triage', '--queue', queue, '--no-input', '-p', 'demo', '--no-log', ...ANSWERED], { env: { ...base, LANG }, cwd: dir });
    for (const english of ['failed', 'no comment text', 'is not an ISO', 'row(s)', 'planned', 'already in the log', ' · reply ', ' · by ']) {
      expect([english, `${text.stdout}${text.stderr}`.includes(english)]).toEqual([english, false]);
    }
    const json = (lang: string) => runInProcess(['triage', '--queue', queue, '--no-input', '-p', 'demo', '--no-log', '-f', 'json', ...ANSWERED], { env: { ...base, LANG: lang }, cwd: dir });
    const [theirs, english] = await Promise.all([json(LANG), json('en_US.UTF-8')]);
    expect(theirs.stdout).toContain('"error":"no comment text"');
    expect(theirs.stdout).toBe(english.stdout);
  });
});

describe('--help in the tool language', () => {
  it('LANG=nl: headings, descriptions, commander\'s own words and the examples are Dutch', async () => {
    const env = { LANG: 'nl_NL.UTF-8' };
    const top = await runInProcess(['--help'], { env });
    expect(top.code).toBe(0);
    expect(top.stdout).toContain('Gebruik: replyguide [options] [command]\n');
    expect(top.stdout).toContain('\nOpties:\n');
    expect(top.stdout).toContain("\nCommando's:\n");
    expect(top.stdout).toMatch(/\n {2}log \[options\] +hoe we eerder antwoordden: het logboek, nieuwste onderaan\n/);
    expect(top.stdout).toContain('\nExitcodes: 0 gelukt, 1 bevindingen (lintfouten), 2 verkeerd gebruik of onleesbare invoer, 130 onderbroken.\n');
    const lint = await runInProcess(['lint', '--help'], { env });
    expect(lint.stdout).toContain('\nArgumenten:\n  paths                playbookbestanden, mappen of globs (standaard: ["."])\n');
    expect(lint.stdout).toMatch(/uitvoerformaat \(keuze: "stylish", "json", "github",\s+"sarif", standaard: "stylish"\)/);
    expect(lint.stdout).toContain('\nVoorbeeld:\n  $ replyguide lint playbooks/ --format sarif -o replyguide.sarif\n');
  });

  it.each(['nl_NL.UTF-8', 'de_DE.UTF-8', 'sv_SE.UTF-8'])('LANG=%s: no command\'s help holds its English words', async (LANG) => {
    const commands = [[], ['triage'], ['check'], ['lint'], ['guide'], ['init'], ['explain'], ['log'], ['log', 'prune'], ['followups'], ['followups', 'done'], ['stats'], ['schema'], ['actions'], ['completion']];
    for (const command of commands) {
      const [theirs, english] = await Promise.all([runInProcess([...command, '--help'], { env: { LANG } }), runInProcess([...command, '--help'], { env: { LANG: 'C' } })]);
      // Each English description line (the text after the option or command column) is gone; the shell names are the same in every language.
      const described = english.stdout.split('\n').map((line) => /^ {2}\S.*? {2,}([a-z(].{6,})$/.exec(line)?.[1]).filter((d): d is string => d !== undefined && d !== 'bash, zsh, fish');
      expect(described.length).toBeGreaterThan(0);
      for (const words of described) expect([command.join(' '), words, theirs.stdout.includes(words)]).toEqual([command.join(' '), words, false]);
      for (const title of ['Usage:', 'Options:', 'Examples:', 'Commands:', 'Arguments:']) expect([command.join(' '), title, theirs.stdout.includes(title)]).toEqual([command.join(' '), title, false]);
    }
  });
});
