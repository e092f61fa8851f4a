// A long log costs time, not memory: log, followups, stats and prune read it as a stream. Run here with
// a V8 heap of 64 MB over a log of 200,000 lines (about 77 MB): reading the whole file into one string,
// or every entry into an array, does not fit in that heap and aborts.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateLog } from '../../bench/generate-log.mjs';
import { BIN, runEnv } from '../helpers/cli.js';
import { freshDir } from '../helpers/env.js';

const LINES = 200_000;
const log = join(freshDir('scale-'), 'log.jsonl');

function run(args: string[]) {
  const r = spawnSync(process.execPath, ['--max-old-space-size=64', BIN, ...args, '--log', log], { env: { PATH: process.env.PATH, ...runEnv({ REPLYGUIDE_CACHE_DIR: 'off' }) }, encoding: 'utf8', maxBuffer: 512 << 20 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe(`a log of ${LINES.toLocaleString('en')} lines in a 64 MB heap`, () => {
  beforeAll(() => generateLog(log, LINES), 60_000);

  it('log, followups --due and stats list and count all of it', () => {
    const listed = run(['log', '--situation', 'spam', '-f', 'json']);
    expect([listed.code, listed.stderr]).toEqual([0, '']);
    const spam = JSON.parse(listed.stdout) as { situation: string }[];
    expect(spam.length).toBeGreaterThan(20_000);
    expect(new Set(spam.map((e) => e.situation))).toEqual(new Set(['spam']));
    const due = run(['followups', '--due']);
    expect([due.code, due.stderr]).toEqual([0, '']);
    expect(due.stdout.split('\n').filter((l) => l.startsWith('overdue since ')).length).toBeGreaterThan(10_000);
    const stats = run(['stats', '-p', 'demo', '-f', 'json']);
    expect([stats.code, stats.stderr]).toEqual([0, '']);
    const counted = JSON.parse(stats.stdout) as { outcomes: Record<string, number> };
    const total = Object.values(counted.outcomes).reduce((a, b) => a + b, 0);
    const doneEvents = spawnSync('grep', ['-c', '"type":"done"', log], { encoding: 'utf8' }).stdout.trim();
    expect(total + Number(doneEvents)).toBe(LINES);
  }, 120_000);

  it('prune removes the older half and keeps the rest byte for byte', () => {
    const before = spawnSync('grep', ['-c', '"time":"2024-0[1-3]', log], { encoding: 'utf8' }).stdout.trim();
    const pruned = run(['log', 'prune', '--before', '2024-04-01']);
    expect(pruned.code).toBe(0);
    expect(pruned.stdout).toBe(`Removed ${before} line(s) from before 2024-04-01; ${LINES - Number(before)} kept in ${log}.\n`);
  }, 120_000);
});
