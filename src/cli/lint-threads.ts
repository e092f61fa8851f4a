// Linting many playbooks on every core: files are independent, so worker threads each take the next
// unlinted file until none is left, and the results come back in the files' order (the report is the
// same as one thread's, byte for byte). Each worker loads the CLI bundle through bin/replyguide.js,
// with its code cache, which costs a few tens of milliseconds: worth it only for a few dozen files.
import { nodeOs } from '../node-os.js';
import { cliWorker, workerThreads } from './cli-worker.js';
import { lintPlaybook, type FileResult } from '../lint/run.js';
import type { Io } from './io.js';

/** A worker is started only when each thread gets at least this many files. */
const FILES_PER_THREAD = 16;

/** `--concurrency`: a number of threads, `auto` (one per core, as the file count warrants) or `off` (one). */
export type Concurrency = number | 'auto' | 'off';

/** How many threads lint `fileCount` files: never more than there are files to share. */
export function threadCount(fileCount: number, concurrency: Concurrency = 'auto', cores = nodeOs().availableParallelism()): number {
  if (concurrency === 'off') return 1;
  if (concurrency === 'auto') return Math.max(1, Math.min(cores, Math.floor(fileCount / FILES_PER_THREAD)));
  return Math.max(1, Math.min(concurrency, fileCount));
}

/** Files for threads to share: each takes the next one nobody has taken until none is left. */
export interface Assignment {
  files: string[];
  now: string;
  /** Index of the next file nobody has taken (shared by every thread, taken with Atomics.add). */
  next: Int32Array;
}

export type LintedFile = (index: number, result: FileResult) => void;

export function assignFiles(files: string[], now: Date): Assignment {
  return { files, now: now.toISOString(), next: new Int32Array(new SharedArrayBuffer(4)) };
}

export async function lintFiles(files: string[], now: Date, env: Io['env'], concurrency: Concurrency = 'auto'): Promise<FileResult[]> {
  const threads = threadCount(files.length, concurrency);
  if (threads === 1) return files.map((file) => lintPlaybook(file, { now }));

  const results: (FileResult | undefined)[] = new Array(files.length);
  const linted: LintedFile = (index, result) => { results[index] = result; };
  const assignment = assignFiles(files, now);
  const workers = Array.from({ length: threads - 1 }, () => lintOnWorker(assignment, env, linted));
  takeFiles(assignment, now, linted); // this thread too, while the workers load
  await Promise.all(workers);
  // A worker that failed left the files it took unlinted: linted here, where a failure is reported as usual.
  return results.map((result, index) => result ?? lintPlaybook(files[index], { now }));
}

/** One worker thread taking files from the assignment until none is left; settles when it has stopped, however it stopped. */
export function lintOnWorker(assignment: Assignment, env: Io['env'], linted: LintedFile): Promise<void> {
  const worker = cliWorker('serveLint', { argv: ['lint'], env, workerData: assignment });
  worker.on('message', ({ index, result }: { index: number; result: FileResult }) => linted(index, result));
  return new Promise((resolve) => { worker.once('exit', () => resolve()); worker.once('error', () => resolve()); });
}

/** The worker's side: lint files until none is left, sending each result as it is ready. */
export function serveLint(): void {
  const { parentPort, workerData } = workerThreads();
  if (!parentPort) throw new Error('serveLint runs in a worker thread');
  const assignment = workerData as Assignment;
  takeFiles(assignment, new Date(assignment.now), (index, result) => parentPort.postMessage({ index, result }));
}

function takeFiles({ files, next }: Assignment, now: Date, done: LintedFile): void {
  for (let index = Atomics.add(next, 0, 1); index < files.length; index = Atomics.add(next, 0, 1)) {
    done(index, lintPlaybook(files[index], { now }));
  }
}
