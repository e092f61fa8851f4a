// Runs the CLI the two ways users meet it: in-process through main() (fast, for the big tables)
// and as the real binary in a child process (for what only a process shows: exit codes, streams).
// Every run gets a HOME and XDG folders of its own and none of the user's REPLYGUIDE_* settings
// (see env.ts): what a test shows does not depend on the machine it runs on.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main } from '../../src/cli/main.js';
import { type Env, freshDir, isolatedEnv } from './env.js';

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
  env?: Env;
}

// Parsed playbooks are cached in one temporary folder for all runs of a test process, for speed.
const TEST_CACHE = freshDir('cache-');

/**
 * The environment of one run: a fresh HOME, a response log of its own outside that HOME (so a run
 * that shows the last similar answer sees only what the test wrote), a fixed clock, no colour; then
 * the test's own variables.
 */
export function runEnv(env: Env = {}): Env {
  return isolatedEnv({ REPLYGUIDE_NOW: '2026-11-21T12:00:00Z', NO_COLOR: '1', REPLYGUIDE_CACHE_DIR: TEST_CACHE, REPLYGUIDE_LOG: join(freshDir('log-'), 'log.jsonl'), ...env });
}

export async function runInProcess(args: string[], options: RunOptions = {}): Promise<RunResult> {
  let stdout = '';
  let stderr = '';
  const stdin = new PassThrough();
  stdin.end(options.stdin ?? '');
  const code = await main({
    argv: args,
    env: runEnv(options.env),
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
    env: { PATH: process.env.PATH, ...runEnv(options.env) },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024, // explain of a playbook that extends the starter prints ~1.7 MB (the default is 1 MB)
  });
  return { code: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}
