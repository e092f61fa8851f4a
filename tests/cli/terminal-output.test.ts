// Nothing raw reaches a terminal or a public reply: a hostile comment, answers, playbook, file name,
// log and config go through every command, and the bytes they print are checked one by one.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { stripControl, terminalSafe } from '../../src/triage/clean-text.js';
import { freshDir } from '../helpers/env.js';
import { folder } from '../helpers/files.js';
import { runBinary, runInProcess } from '../helpers/cli.js';

const E = '\u001b';
/** Everything that may not reach a terminal: escapes (other than colours), controls, bidi and zero-width characters. */
const RAW = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2028\u2029\u2060-\u2064\u2066-\u2069\ufeff]/u;
const raw = (text: string) => RAW.exec(text.replace(/\u001b\[[0-9;]*m/g, ''))?.[0];
const hostile = `${E}]0;pwned${E}\\${E}[2J${E}]52;c;TkFNRQ==\u0007\u202eevil\u202c zero\u200bwidth\u2060 line\u2028two \u009b31m`;

describe('the one sanitiser', () => {
  it('removes escape sequences whole, controls, bidi and zero-width characters; keeps emoji joined, newlines and tabs', () => {
    expect(stripControl(`Hi Sam${E}]52;c;TkFNRQ==\u0007!`)).toBe('Hi Sam!');
    expect(stripControl(`a${E}]8;;https://x${E}\\link${E}]8;;${E}\\b`)).toBe('alinkb');
    expect(stripControl(`a${E}P1$r${E}\\b${E}(Bc${E}7d\u009b2Je\u009d0;t\u009cf`)).toBe('abcdef');
    expect(stripControl(`a${E}]0;never ends`)).toBe('a');
    expect(stripControl('\u202eevil\u202c \u2066x\u2069 \u200e\u200f\u061c')).toBe('evil x ');
    expect(stripControl('zero\u200bwidth\u2060\ufeff and a\u200db')).toBe('zerowidth and ab');
    expect(stripControl('👩\u200d💻 👍🏽\u200d')).toBe('👩\u200d💻 👍🏽');
    expect(stripControl('one\u2028two\u2029three\r\nfour\rfive\tsix')).toBe('one\ntwo\nthree\nfour\nfive\tsix');
    expect(terminalSafe(`${E}[1mbold${E}[22m ${E}[2J${E}]0;t\u0007`)).toBe(`${E}[1mbold${E}[22m `);
  });
});

describe('what commands print', () => {
  it('triage: a hostile comment, answer and --agent leave nothing raw in the output or the reply', async () => {
    for (const format of ['text', 'json']) {
      const result = await runInProcess(['triage', '--no-input', '-f', format, '-c', `Hi ${hostile}`, '-a', 'kind=praise', '-a', 'from_staff=no', '-a', `name=Kim${hostile}`, '--agent', `Sam${hostile}`, '--variant', '1']);
      expect(result.code).toBe(0);
      expect(raw(result.stdout)).toBeUndefined();
      expect(raw(result.stderr)).toBeUndefined();
      if (format === 'json') {
        const reply = JSON.parse(result.stdout).reply.text as string;
        expect(raw(reply)).toBeUndefined();
        expect(reply).toContain('Kimevil zerowidth line\ntwo');
      }
    }
  });

  it('log and followups: a log written by anyone shows nothing raw', async () => {
    const log = join(freshDir('log-'), 'log.jsonl');
    writeFileSync(log, JSON.stringify({
      type: 'triage', id: 'aaaa0001', time: '2026-11-10T09:00:00.000Z', playbook: 'demo', locale: `en${hostile}`, situation: `complaint${hostile}`, answers: {}, commentHash: 'h',
      comment: `comment ${hostile}`, link: `https://x.test/${hostile}`, platform: hostile, reply: { text: `reply ${hostile}`, template: `t${hostile}`, variant: 1 }, steps: [], respondWithin: null, replyBy: null,
      followUps: [{ id: `aaaa0001-1${hostile}`, action: 'follow-up-publicly', text: `Ask ${hostile}`, due: '2026-11-11T09:00:00.000Z' }],
    }) + '\n');
    for (const args of [['log'], ['followups'], ['followups', '--due'], ['followups', 'done', 'nope']]) {
      const result = await runInProcess(args, { env: { REPLYGUIDE_LOG: log, FORCE_COLOR: '1', NO_COLOR: undefined } });
      expect(result.stdout + result.stderr).not.toBe('');
      expect(raw(result.stdout), args.join(' ')).toBeUndefined();
      expect(raw(result.stderr), args.join(' ')).toBeUndefined();
    }
  });

  it('lint (stylish and github), explain, guide and check: hostile playbook text and file names show nothing raw', async () => {
    const dir = folder({ [`bad${E}]0;x\u0007\u202efile.yaml`]: `format: 1\nid: x\nname: "${hostile.replace(/\u001b/g, '\\e').replace(/\u0007/g, '\\a').replace(/\u009b/g, '\\x9b')}"\nbogus${E}[2J: 1\n` });
    for (const format of ['stylish', 'github', 'json', 'sarif']) {
      const result = await runInProcess(['lint', dir, '-f', format], { env: { FORCE_COLOR: '1', NO_COLOR: undefined } });
      expect(result.code).toBe(1);
      expect(raw(result.stdout), format).toBeUndefined();
      expect(raw(result.stderr), format).toBeUndefined();
    }
    const draft = await runInProcess(['check', `Hi Sam${hostile}, you should read the manual!!`]);
    expect([draft.code, raw(draft.stdout), raw(draft.stderr)]).toEqual([1, undefined, undefined]);
  });

  it('init --brand with escapes: the playbook it writes triages (real binary), explains, guides and counts with nothing raw', async () => {
    const dir = freshDir('init-');
    expect(runBinary(['init', 'acme', '--brand', `Acme${hostile}`, '--no-input'], { cwd: dir }).code).toBe(0);
    const playbook = join(dir, 'acme');
    for (const file of ['playbook.yaml', 'README.md']) expect(raw(readFileSync(join(playbook, file), 'utf8')), file).toBeUndefined();
    const triage = runBinary(['triage', '--no-input', '-c', 'Great!', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Kim', '--playbook', playbook], { cwd: dir });
    expect([triage.code, raw(triage.stdout), raw(triage.stderr)]).toEqual([0, undefined, undefined]);
    for (const args of [['explain'], ['guide', '--format', 'md'], ['stats']]) {
      const result = await runInProcess([...args, '--playbook', playbook], { cwd: dir });
      expect(result.code, args[0]).toBe(0);
      expect(raw(result.stdout), args[0]).toBeUndefined();
      expect(raw(result.stderr), args[0]).toBeUndefined();
    }
  });
});

describe('a terminal escape pasted into the interactive comment prompt', () => {
  it('leaves none of its payload in the comment (OSC 52 "Hi Sam52;c;TkFNRQ==" was logged)', async () => {
    const { startPty, KEY } = await import('../helpers/pty.js');
    const dir = freshDir();
    const log = join(dir, 'log.jsonl');
    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ logComments: true }));
    const pty = startPty(['triage', '--agent', 'Sam', '--locale', 'en'], { REPLYGUIDE_LOG: log, REPLYGUIDE_CONFIG: config });
    await pty.waitFor(/Paste the comment[^\n]*\n> /);
    pty.type(`\u001b[200~Hi Sam${E}]52;c;TkFNRQ==\u0007, thanks for the quick repair!${E}]0;title${E}\\ Great shop.\u001b[201~`);
    pty.type('\r\r');
    await pty.waitFor(/❯ \d+\. Praise or thanks · suggested/);
    pty.type(KEY.enter);
    await pty.waitFor('Is it written by someone who works for us?');
    pty.type('n\r');
    await pty.waitFor('Their first name');
    pty.type('Tom\r');
    await pty.waitFor('What did they like, in a few words? (optional)');
    pty.type('\r');
    await pty.waitFor('Link to the comment (optional; Enter to skip)');
    pty.type('\r');
    await pty.waitFor('When was it posted?');
    pty.type('\r');
    await pty.waitFor('8. Done, and end the session');
    pty.type('8\r');
    expect(await pty.exit()).toBe(0);
    const entries = readFileSync(log, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
    expect(entries.map((e) => e.comment)).toEqual(['Hi Sam, thanks for the quick repair! Great shop.']);
  }, 30_000);
});
