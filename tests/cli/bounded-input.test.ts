// Every input path goes through the one bounded reader: regular files only (a device or FIFO is refused
// at once, never read forever or waited on), sizes checked first, standard input capped.
import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { BIN, runEnv } from '../helpers/cli.js';
import { freshDir } from '../helpers/env.js';

/** The real binary, killed after 20 s: a run that blocks fails the test instead of hanging it. */
function run(args: string[], cwd: string, input = '') {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, input, env: { PATH: process.env.PATH, ...runEnv({ REPLYGUIDE_CACHE_DIR: 'off' }) }, encoding: 'utf8', timeout: 20_000, maxBuffer: 16 << 20 });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

describe('inputs that are not regular files, or too large', () => {
  const dir = freshDir('inputs-');
  spawnSync('mkfifo', [join(dir, 'fifo')]);
  writeFileSync(join(dir, 'extends-fifo.yaml'), 'format: 1\nextends: ./fifo\nid: x\n');
  writeFileSync(join(dir, 'extends-zero.yaml'), 'format: 1\nextends: /dev/zero\nid: x\n');
  const notRegular = 'is not a regular file (a device, FIFO or socket); give a file';

  it.each([
    [['lint', '/dev/zero', '-f', 'json'], 2, `1:1: ${notRegular}`],
    [['lint', 'fifo', '-f', 'json'], 2, `1:1: ${notRegular}`],
    [['lint', 'extends-fifo.yaml', '-f', 'json'], 1, `2:10: cannot load "./fifo", the playbook this one extends: ${notRegular}`],
    [['lint', 'extends-zero.yaml', '-f', 'json'], 1, `2:10: cannot load "/dev/zero", the playbook this one extends: ${notRegular}`],
  ])('%j is refused at once with a positioned diagnostic', (args, code, message) => {
    const r = run(args as string[], dir);
    expect([r.code, r.signal]).toEqual([code, null]);
    expect(JSON.parse(r.stdout)[0].diagnostics.map((d: { line: number; column: number; message: string }) => `${d.line}:${d.column}: ${d.message}`)).toEqual([message]);
  });

  it.each([
    [['triage', '-p', '/dev/zero', '--no-input', '-c', 'hi'], `/dev/zero:1:1: ${notRegular} (file-unreadable)`],
    [['triage', '--answers', 'fifo', '--no-input', '-c', 'hi', '-p', 'demo'], `replyguide: fifo:1:1: ${notRegular}`],
    [['check', '--file', '/dev/zero'], `replyguide: /dev/zero:1:1: ${notRegular}`],
    [['check', '--file', 'fifo'], `replyguide: fifo:1:1: ${notRegular}`],
    [['log', '--log', '/dev/zero'], 'replyguide: cannot read the response log /dev/zero (not a regular file)'],
    [['followups', '--log', 'fifo'], `replyguide: cannot read the response log ${join(dir, 'fifo')} (not a regular file)`],
  ])('%j exits 2 at once with one line', (args, line) => {
    const r = run(args as string[], dir);
    expect([r.code, r.signal]).toEqual([2, null]);
    expect(r.stderr.split('\n')[0].replace(/^.*?(?=\.\.\/)/, '')).toBe(line);
  });

  it('standard input over 2 MiB is refused for a comment, a draft and a queue', () => {
    const big = 'a'.repeat(3 * 1024 * 1024);
    for (const [args, message] of [
      [['triage', '-c', '-', '--no-input', '-p', 'demo'], 'replyguide: standard input is larger than 2 MiB\n'],
      [['check', '-'], 'replyguide: standard input is larger than 2 MiB\n'],
      [['triage', '--queue', '-', '--no-input', '-p', 'demo'], 'replyguide: stdin: the queue is larger than 2 MiB; split it\n'],
    ] as const) {
      const r = run([...args], dir, big);
      expect([r.code, r.stderr], args.join(' ')).toEqual([2, message]);
    }
  });
});
