// The response log under faults: prune while others append, a full disk, a fragment left by a killed
// writer, lines of the wrong shape, a symlinked log, bytes that are not UTF-8.
import { spawn, spawnSync } from 'node:child_process';
import { appendFileSync, lstatSync, mkdtempSync, readFileSync, readlinkSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { appendToLog } from '../../src/log/store.js';
import type { LogEntry } from '../../src/log/entry.js';
import { BIN, ROOT, runEnv, runInProcess } from '../helpers/cli.js';

const praise = ['triage', '--no-input', '-f', 'json', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Kim', '--variant', '2', '--agent', 'Sam'];
const freshLog = () => join(mkdtempSync(join(tmpdir(), 'replyguide-faults-')), 'log.jsonl');
const entry = (id: string, time = '2026-11-20T08:00:00.000Z', extra: Partial<LogEntry> = {}): LogEntry => ({
  type: 'triage', id, time, playbook: 'demo', locale: 'en', situation: 'praise', answers: {}, commentHash: 'h', comment: `comment ${id}`,
  reply: { text: `reply ${id}`, template: 'praise', variant: 1 }, steps: [], respondWithin: null, replyBy: null, followUps: [], ...extra,
});
const line = (e: object) => JSON.stringify(e) + '\n';
const ids = (file: string) => readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l).id as string);

describe('log prune and appends at once', () => {
  it('loses no entry appended by other processes while prune rewrites the log again and again', async () => {
    const log = freshLog();
    const run = (args: string[]) => new Promise<number>((resolve) => spawn(process.execPath, args, { env: { PATH: process.env.PATH, ...runEnv({ REPLYGUIDE_LOG: log, REPLYGUIDE_CACHE_DIR: 'off' }) }, stdio: 'ignore' }).on('exit', (code) => resolve(code ?? -1)));
    const codes = await Promise.all([
      run([join(ROOT, 'tests/log/prune-loop.mjs'), log, '150']),
      ...Array.from({ length: 8 }, (_, w) => run([join(ROOT, 'tests/log/append-many.mjs'), log, String(w), '40'])),
      ...Array.from({ length: 8 }, () => run([BIN, ...praise])),
    ]);
    expect(codes).toEqual(Array(17).fill(0));
    const all = ids(log);
    for (let w = 0; w < 8; w++) expect(all.filter((id) => id.startsWith(`w${w}-`))).toEqual(Array.from({ length: 40 }, (_, i) => `w${w}-${i}`));
    expect(all.filter((id) => id.startsWith('old-'))).toEqual([]);
    expect(all).toHaveLength(8 * 40 + 8);
  }, 120_000);
});

describe('a full disk', () => {
  const enospc = () => Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });

  it('leaves no half line: a write cut short is removed and the error reported', () => {
    const log = freshLog();
    appendToLog(log, entry('aaaa0001'));
    const before = readFileSync(log);
    // The disk takes the first 40 bytes of the line, then is full.
    const fs = { writeSync: (fd: number, buffer: Buffer, offset: number, length: number) => {
      if (offset > 0) throw enospc();
      return (appendFileSync(fd, buffer.subarray(offset, offset + 40)), 40);
    } };
    expect(() => appendToLog(log, entry('aaaa0002'), fs)).toThrow(/ENOSPC/);
    expect(readFileSync(log)).toEqual(before);
    appendToLog(log, entry('aaaa0003'));
    expect(ids(log)).toEqual(['aaaa0001', 'aaaa0003']);
  });

  it('a fragment left at the end by a writer killed mid-line is reported by log, and removed by the next append', async () => {
    const log = freshLog();
    writeFileSync(log, line(entry('aaaa0001')) + line(entry('aaaa0002')).slice(0, 50));
    const listed = await runInProcess(['log', '-f', 'json'], { env: { REPLYGUIDE_LOG: log } });
    expect(listed.stderr).toBe(`replyguide: ${log}:2: cut off (an append that did not finish); skipped\n`);
    expect(JSON.parse(listed.stdout).map((e: LogEntry) => e.id)).toEqual(['aaaa0001']);
    const triage = await runInProcess(praise, { env: { REPLYGUIDE_LOG: log } });
    expect(triage.code).toBe(0);
    const after = readFileSync(log, 'utf8').split('\n');
    expect(after).toHaveLength(3);
    expect(after.slice(0, 2).map((l) => JSON.parse(l).situation)).toEqual(['praise', 'praise']);
    expect(after[2]).toBe('');
  });

  const canMount = process.getuid?.() === 0 && spawnSync('mount', ['--version']).status === 0;
  it.runIf(canMount)('on a real full file system (a small tmpfs): triage exits 2 with the reason and the log keeps whole lines only', () => {
    const mount = mkdtempSync(join(tmpdir(), 'replyguide-tmpfs-'));
    const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=64k', 'tmpfs', mount]);
    if (mounted.status !== 0) return; // not allowed in this container: the injected failure above covers it
    try {
      const log = join(mount, 'log.jsonl');
      writeFileSync(log, line(entry('aaaa0001')));
      const before = readFileSync(log);
      // Fill the file system: only the rest of the log's last block is left, less than a 9 KB line.
      try { writeFileSync(join(mount, 'filler'), Buffer.alloc(1 << 20)); } catch { /* full, as meant */ }
      const writer = spawnSync(process.execPath, [join(ROOT, 'tests/log/append-many.mjs'), log, '1', '1'], { encoding: 'utf8' });
      expect(writer.status).not.toBe(0);
      expect(writer.stderr).toContain('ENOSPC');
      expect(readFileSync(log)).toEqual(before);
      const triage = spawnSync(process.execPath, [BIN, ...praise, '--comment', 'x'.repeat(8000)], { env: { PATH: process.env.PATH, ...runEnv({ REPLYGUIDE_LOG: log, REPLYGUIDE_CACHE_DIR: 'off' }) }, encoding: 'utf8' });
      expect(triage.status).toBe(2);
      expect(triage.stderr).toBe(`replyguide: cannot write the response log ${log} (ENOSPC); use --no-log to answer without it\n`);
      expect(readFileSync(log)).toEqual(before);
    } finally {
      spawnSync('umount', [mount]);
      rmSync(mount, { recursive: true, force: true });
    }
  });
});

describe('lines of the wrong shape', () => {
  it('are named with their line number and skipped by log, followups and stats; nothing crashes', async () => {
    const log = freshLog();
    writeFileSync(log, [
      line(entry('aaaa0001', '2026-11-10T09:00:00.000Z', { followUps: [{ id: 'aaaa0001-1', action: 'follow-up-publicly', text: 'Ask.', due: '2026-11-11T09:00:00.000Z' }] })),
      line({ ...entry('bad00002'), time: 'garbage' }),
      line(entry('bad00003', undefined, { followUps: [{ id: 'bad00003-1', action: 'follow-up-publicly', text: 'Ask.' } as never] })),
      line({ type: 'done', time: '2026-11-12T00:00:00Z' }),
      '[1,2]\n',
      line(entry('aaaa0004', '2026-11-12T09:00:00.000Z')),
    ].join(''));
    const problems = [
      `replyguide: ${log}:2: "time" is not a time; skipped`,
      `replyguide: ${log}:3: follow-up "bad00003-1": "due" is not a time; skipped`,
      `replyguide: ${log}:4: a done event without the follow-up it marks; skipped`,
      `replyguide: ${log}:5: not a log entry; skipped`,
      '',
    ].join('\n');
    const env = { REPLYGUIDE_LOG: log, TZ: 'UTC' };
    const listed = await runInProcess(['log', '-f', 'json'], { env });
    expect([listed.code, listed.stderr, JSON.parse(listed.stdout).map((e: LogEntry) => e.id)]).toEqual([0, problems, ['aaaa0001', 'aaaa0004']]);
    const followups = await runInProcess(['followups', '--due'], { env });
    expect([followups.code, followups.stderr]).toEqual([0, problems]);
    expect(followups.stdout).toContain('overdue since 11 Nov 2026, 09:00 · aaaa0001-1 · praise');
    const stats = await runInProcess(['stats', '-f', 'json', '--playbook', 'demo'], { env });
    expect([stats.code, stats.stderr, JSON.parse(stats.stdout).comments]).toEqual([0, problems, 2]);
  });
});

describe('prune keeps what it does not remove', () => {
  it('writes through a symlinked log (the link stays a link) and keeps bytes that are not UTF-8', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'replyguide-link-'));
    const real = join(dir, 'real.jsonl');
    const link = join(dir, 'log.jsonl');
    const odd = Buffer.concat([Buffer.from('{"note":"'), Buffer.from([0xff, 0xfe]), Buffer.from('"}\n')]);
    writeFileSync(real, Buffer.concat([Buffer.from(line(entry('old00001', '2026-01-01T00:00:00.000Z'))), odd, Buffer.from(line(entry('new00002')))]));
    symlinkSync(real, link);
    const untouched = readFileSync(real);
    const none = await runInProcess(['log', 'prune', '--before', '2025-01-01'], { env: { REPLYGUIDE_LOG: link } });
    expect(none.stdout).toBe(`Removed 0 line(s) from before 2025-01-01; 3 kept in ${link}.\n`);
    expect(readFileSync(real)).toEqual(untouched);
    const some = await runInProcess(['log', 'prune', '--before', '2026-06-01'], { env: { REPLYGUIDE_LOG: link } });
    expect(some.stdout).toBe(`Removed 1 line(s) from before 2026-06-01; 2 kept in ${link}.\n`);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readlinkSync(link)).toBe(real);
    expect(readFileSync(real)).toEqual(Buffer.concat([odd, Buffer.from(line(entry('new00002')))]));
  });
});
