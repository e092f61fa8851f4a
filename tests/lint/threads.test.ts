// Lint over many files on worker threads: the same report, in the same order, with the same exit code
// as on one thread, whichever thread linted which file.
import { appendFileSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assignFiles, lintOnWorker, threadCount } from '../../src/cli/lint-threads.js';
import { lintPlaybook, type FileResult } from '../../src/lint/run.js';
import { generatePlaybooks } from '../../bench/generate.mjs';
import { freshDir } from '../helpers/env.js';
import { runBinary, runEnv } from '../helpers/cli.js';

describe('threadCount', () => {
  it('starts a thread per core only when each gets 16 files or more', () => {
    expect(threadCount(1, 'auto', 8)).toBe(1);
    expect(threadCount(31, 'auto', 8)).toBe(1);
    expect(threadCount(32, 'auto', 8)).toBe(2);
    expect(threadCount(1000, 'auto', 2)).toBe(2);
    expect(threadCount(1000, 'auto', 1)).toBe(1);
  });

  it('takes a number as given, but never more threads than files, and off as one', () => {
    expect(threadCount(40, 3, 1)).toBe(3);
    expect(threadCount(2, 8, 8)).toBe(2);
    expect(threadCount(1000, 'off', 8)).toBe(1);
  });
});

describe('lint --concurrency', () => {
  const dir = freshDir('threads-');
  generatePlaybooks(dir, 40);
  // Findings in files spread over the list, so that different threads meet them.
  writeFileSync(join(dir, 'client-0003', 'templates', 'en', 'reply-2.hbs'), 'Hi {{#if answers.name}}there\n– {{agent}}\n');
  const playbook20 = join(dir, 'client-0020', 'playbook.yaml');
  writeFileSync(playbook20, readFileSync(playbook20, 'utf8').replace('respondWithin: urgent', 'respondWithin: soon'));
  appendFileSync(join(dir, 'client-0037', 'playbook.yaml'), 'colour: blue\n');

  const one = runBinary(['lint', dir, '--format', 'json', '--concurrency', 'off']);

  it('finds the same problems on one thread as on three, and on as many as the machine has', () => {
    const findings = (JSON.parse(one.stdout) as { file: string; errorCount: number }[]).filter((f) => f.errorCount > 0).map((f) => f.file.split('/').at(-2));
    expect(findings).toEqual(['client-0003', 'client-0020', 'client-0037']);
    expect(one.code).toBe(1);
    for (const concurrency of ['3', 'auto']) {
      const many = runBinary(['lint', dir, '--format', 'json', '--concurrency', concurrency]);
      expect({ code: many.code, stdout: many.stdout, stderr: many.stderr }).toEqual({ code: one.code, stdout: one.stdout, stderr: one.stderr });
    }
  });

  it('a worker thread, loaded as the CLI is, lints every file it is given as this thread does', async () => {
    const files = ['client-0002', 'client-0003', 'client-0020', 'client-0037'].map((name) => join(dir, name, 'playbook.yaml'));
    const now = new Date('2026-11-21T12:00:00Z');
    const fromWorker: FileResult[] = [];
    await lintOnWorker(assignFiles(files, now), runEnv(), (index, result) => { fromWorker[index] = result; });
    expect(fromWorker).toEqual(files.map((file) => lintPlaybook(file, { now })));
    expect(fromWorker.map((r) => r.diagnostics.filter((d) => d.severity === 'error').length)).toEqual([0, 1, 1, 1]);
  });

  it('gives the same stylish report as one thread', () => {
    const single = runBinary(['lint', dir, '--concurrency', '1']);
    const many = runBinary(['lint', dir, '--concurrency', '4']);
    expect(many.stdout).toBe(single.stdout);
    expect(many.stdout).toMatch(/\d+ problems? \(3 errors?/);
  });

  it('refuses a count that is not one, in one line, exit 2', () => {
    const result = runBinary(['lint', dir, '--concurrency', 'many']);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')[0]).toBe('replyguide: --concurrency takes a number of threads, auto or off, not "many"');
  });
});
