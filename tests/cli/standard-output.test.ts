// Standard output written straight to a pipe or a file (src/cli/standard-output.ts): every byte
// arrives in order, whatever the pipe does (short writes, a full non-blocking pipe, a reader that leaves).
import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { standardOutput } from '../../src/cli/standard-output.js';
import { BIN, ROOT, runEnv, runInProcess } from '../helpers/cli.js';

/** A pipe's write end as a fake: takes up to `take` bytes a call, then fails with `failWith` from call `failAt` on. */
function fakeFd(take: number, failAt = Infinity, failWith = 'EAGAIN') {
  const written: number[] = [];
  let calls = 0;
  const write = (_fd: number, bytes: Uint8Array, offset: number) => {
    if (++calls >= failAt) throw Object.assign(new Error(failWith), { code: failWith });
    const part = bytes.subarray(offset, offset + take);
    written.push(...part);
    return part.length;
  };
  return { write, written: () => Buffer.from(written).toString('utf8') };
}

describe('standard output on a pipe or a file', () => {
  // A regular file stands in for the pipe: what matters is that it is not a character device.
  const notATerminal = () => openSync(ROOT + 'package.json', 'r');

  it('writes every byte through short writes, a character split across them included', () => {
    const fd = notATerminal();
    const fake = fakeFd(3);
    const out = standardOutput(fd, () => { throw new Error('no stream wanted'); }, fake.write);
    out.write('Hallå, 👋 ');
    out.write(Buffer.from('svar klart\n'));
    closeSync(fd);
    expect(fake.written()).toBe('Hallå, 👋 svar klart\n');
  });

  it('hands the rest to the stream when the pipe is full and non-blocking, and everything after it, in order', () => {
    const fd = notATerminal();
    const fake = fakeFd(4, 3);
    let streamed = '';
    let opened = 0;
    const out = standardOutput(fd, () => { opened++; return { write: (chunk) => { streamed += Buffer.from(chunk).toString('utf8'); return true; } }; }, fake.write);
    out.write('0123456789abcdef');
    out.write('-then this');
    closeSync(fd);
    expect([fake.written(), streamed, opened]).toEqual(['01234567', '89abcdef-then this', 1]);
  });

  it('throws any other failure where it happens (the output guard says it in one line)', () => {
    const fd = notATerminal();
    const out = standardOutput(fd, () => { throw new Error('no stream wanted'); }, fakeFd(4, 1, 'ENOSPC').write);
    expect(() => out.write('text')).toThrow(expect.objectContaining({ code: 'ENOSPC' }));
    closeSync(fd);
  });

  it('leaves any other character device (a terminal, /dev/full) to the stream', () => {
    const fd = openSync('/dev/full', 'w');
    const stream = { write: () => true };
    expect(standardOutput(fd, () => stream)).toBe(stream);
    closeSync(fd);
  });

  it('writes to /dev/null directly: output thrown away needs no stream', () => {
    const fd = openSync('/dev/null', 'w');
    const fake = fakeFd(100);
    const out = standardOutput(fd, () => { throw new Error('no stream wanted'); }, fake.write);
    out.write('nobody reads this\n');
    closeSync(fd);
    expect(fake.written()).toBe('nobody reads this\n');
  });
});

describe('the binary writing to a pipe', () => {
  it('delivers 2.5 MB whole through a full non-blocking pipe, as the in-process run prints it', async () => {
    // Node's children get blocking stdio (libuv clears the flag), so perl (in every Debian) sets
    // O_NONBLOCK on the pipe and runs the binary; the reader waits before reading, so the pipe fills.
    const setNonBlocking = 'use Fcntl; fcntl(STDOUT, F_SETFL, fcntl(STDOUT, F_GETFL, 0) | O_NONBLOCK) or die; exec @ARGV';
    const child = spawn('perl', ['-e', setNonBlocking, process.execPath, BIN, 'explain', '--format', 'json'], { cwd: ROOT, env: { PATH: process.env.PATH, ...runEnv() } });
    child.stdout.pause();
    const chunks: Buffer[] = [];
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.stdout.on('data', (d: Buffer) => chunks.push(d));
    setTimeout(() => child.stdout.resume(), 500);
    const code = await new Promise((resolve) => child.on('close', resolve));
    const expected = await runInProcess(['explain', '--format', 'json']);
    expect(expected.stdout.length).toBeGreaterThan(2_000_000);
    const stdout = Buffer.concat(chunks).toString('utf8');
    expect([code, stderr, stdout.length]).toEqual([0, '', expected.stdout.length]);
    expect(stdout === expected.stdout).toBe(true);
  });

  it('runs with its output thrown away (>/dev/null): the exit code and stderr as ever', () => {
    const run = (text: string) => spawnSync(process.execPath, [BIN, 'check', text], { cwd: ROOT, env: { PATH: process.env.PATH, ...runEnv() }, stdio: ['ignore', 'ignore', 'pipe'], encoding: 'utf8' });
    expect([run('Thanks for asking! We will look into it and reply here by Friday.').status, run('Hi Sam, you idiot.').status]).toEqual([0, 1]);
    expect(run('Hi Sam, you idiot.').stderr).toBe('');
  });

  it('stops quietly when the reader leaves early (| head): exit 0, nothing on stderr', async () => {
    const child = spawn(process.execPath, [BIN, 'explain', '--format', 'json'], { cwd: ROOT, env: { PATH: process.env.PATH, ...runEnv() } });
    let stderr = '';
    child.stderr.on('data', (d) => { stderr += d; });
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise((resolve) => child.on('close', resolve));
    expect([code, stderr]).toEqual([0, '']);
  });
});
