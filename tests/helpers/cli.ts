// Runs the CLI the two ways users meet it: in-process through main() (fast, for the big tables)
// and as the real binary in a child process (for what only a process shows: exit codes, streams).
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';

export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
export const BIN = fileURLToPath(new URL('../../bin/replyguide.js', import.meta.url));

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  stdin?: string;
  env?: Record<string, string | undefined>;
}

// Tests never write to the real user's cache.
const TEST_CACHE = mkdtempSync(join(tmpdir(), 'replyguide-test-cache-'));
// ...nor to the real user's response log.
const BASE_ENV = { REPLYGUIDE_NOW: '2026-11-21T12:00:00Z', NO_COLOR: '1', REPLYGUIDE_CACHE_DIR: TEST_CACHE, REPLYGUIDE_LOG: join(TEST_CACHE, 'log.jsonl') };

export async function runInProcess(args: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const code = await main({
    argv: args,
    env: { ...BASE_ENV, ...options.env },
    cwd: options.cwd ?? ROOT,
    stdin,
    stdout: { write: (s: string) => { stdout += s; return true; } },
    stderr: { write: (s: string) => { stderr += s; return true; } },
  });
  return { code, stdout, stderr };
}

export function runBinary(args: string[], options: RunOptions = {}): RunResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.stdin ?? '',
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...BASE_ENV, ...options.env },
    encoding: 'utf8',
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
