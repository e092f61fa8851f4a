// The reply language for a comment in a language the playbook lacks: the default, said, never a neighbour
// language that merely shares letters or words with the comment.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { chooseLocale } from '../../src/triage/locale.js';
import { runInProcess } from '../helpers/cli.js';
import { ALL_FACTS } from '../helpers/init-facts.js';
import { KEY, startPty } from '../helpers/pty.js';

const SWEDISH_PRAISE = 'Tack för snabb leverans, kaffet är jättegott';
const SWEDISH_ORDER = 'Fantastiskt kaffe, beställer igen!';

describe('chooseLocale', () => {
  it('a Swedish comment to an en/nl/de playbook: reply in the default, and say it is Swedish', () => {
    for (const comment of [SWEDISH_PRAISE, SWEDISH_ORDER]) {
      expect(chooseLocale(['en', 'nl', 'de'], undefined, comment)).toEqual({ locale: 'en', how: 'unsupported', confidence: expect.any(Number), language: 'sv' });
      expect(chooseLocale(['nl', 'de'], undefined, comment)).toMatchObject({ locale: 'nl', how: 'unsupported', language: 'sv' });
    }
  });

  it('the same comment to a playbook with Swedish is answered in Swedish', () => {
    expect(chooseLocale(['en', 'nl', 'de', 'sv'], undefined, SWEDISH_ORDER)).toMatchObject({ locale: 'sv', how: 'detected', language: 'sv' });
  });

  it("a comment in one of the playbook's languages is answered in it", () => {
    expect(chooseLocale(['en', 'nl', 'de'], undefined, 'Waar blijft mijn bestelling? Ik wacht al een week')).toMatchObject({ locale: 'nl', how: 'detected', language: 'nl' });
    expect(chooseLocale(['en', 'nl', 'de'], undefined, 'Wo ist meine Bestellung? Ich warte schon eine Woche')).toMatchObject({ locale: 'de', how: 'detected', language: 'de' });
  });

  it('--locale wins; no comment, or nothing to tell by, is the default', () => {
    expect(chooseLocale(['en', 'nl'], 'nl', SWEDISH_ORDER)).toEqual({ locale: 'nl', how: 'chosen', confidence: 1 });
    expect(chooseLocale(['en', 'nl'], undefined, '  ')).toEqual({ locale: 'en', how: 'default', confidence: 0 });
    expect(chooseLocale(['de', 'en'], undefined, '👍👍')).toEqual({ locale: 'de', how: 'default', confidence: 0 });
  });
});

describe('triage of a comment in a language the playbook lacks', () => {
  let dir: string;
  beforeAll(async () => {
    const root = mkdtempSync(join(tmpdir(), 'replyguide-language-'));
    const init = await runInProcess(['init', 'acme', '--no-input', '--brand', 'Acme Care', '--locales', 'en,nl,de', ...ALL_FACTS], { cwd: root });
    expect(init.code).toBe(0);
    dir = join(root, 'acme');
  });

  it('the reply is in English, and stderr says the comment is Swedish', async () => {
    const r = await runInProcess(['triage', '-c', SWEDISH_PRAISE, '--answer', 'kind=praise', '--answer', 'from_staff=no', '--no-input', '--no-log'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('replyguide: The comment is in Swedish, which this playbook has no replies in: replying in English\n');
    expect(r.stdout).toContain('Praise or thanks (praise)');
    expect(r.stdout).toContain('\nNext steps\n  [ ] Thank them for what they liked.\n');
  });

  it('--locale picks the reply language, and nothing is said', async () => {
    const r = await runInProcess(['triage', '-c', SWEDISH_PRAISE, '--answer', 'kind=praise', '--answer', 'from_staff=no', '--locale', 'de', '--no-input', '--no-log'], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, '']);
    expect(r.stdout).toContain('Lob oder Dank (praise)');
  });

  it('JSON names both: the reply locale and the comment language; a missing answer says the same', async () => {
    const plan = await runInProcess(['triage', '-c', SWEDISH_ORDER, '--answer', 'kind=praise', '--answer', 'from_staff=no', '--no-input', '--no-log', '-f', 'json'], { cwd: dir });
    expect([plan.code, plan.stderr]).toEqual([0, '']);
    expect(JSON.parse(plan.stdout)).toMatchObject({ locale: 'en', commentLanguage: 'sv' });
    const missing = await runInProcess(['triage', '-c', SWEDISH_ORDER, '--no-input', '--no-log', '-f', 'json'], { cwd: dir });
    expect(missing.code).toBe(2);
    expect(JSON.parse(missing.stdout).locale).toEqual({ value: 'en', detected: false, confidence: expect.any(Number), language: 'sv' });
  });

  it('a queue row says it in its line', async () => {
    const queue = join(dir, 'queue.csv');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(queue, `id,name,comment\nc1,Erik,"${SWEDISH_ORDER}"\nc2,Anna,Waar blijft mijn bestelling? Ik wacht al een week\n`);
    const r = await runInProcess(['triage', '--queue', queue, '--answer', 'kind=praise', '--answer', 'from_staff=no', '--no-input', '--no-log'], { cwd: dir });
    expect(r.code).toBe(0);
    const lines = r.stdout.split('\n');
    expect(lines[0]).toMatch(/^1 \/ 2 {2}praise · reply praise #\d · by [^·]+ · comment in Swedish, reply in English$/);
    expect(lines[1]).toMatch(/^2 \/ 2 {2}praise · reply praise #\d · by [^·]+$/);
  });

  it('an interactive session says it in a line and does not ask the language', async () => {
    const pty = startPty(['triage', '-p', join(dir, 'playbook.yaml'), '--agent', 'Sam', '--no-log']);
    await pty.waitFor('Paste the comment');
    pty.type(`${SWEDISH_PRAISE}\r\r`);
    await pty.waitFor('The comment is in Swedish, which this playbook has no replies in: replying in English');
    await pty.waitFor('What is this comment mainly?');
    expect(pty.screen()).not.toContain('Reply in which language?');
    pty.type(KEY.ctrlC);
    expect(await pty.exit()).toBe(130);
  });
});
