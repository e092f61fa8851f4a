// A worker thread running the CLI bundle, loaded the way the CLI is (bin/replyguide.js, with its code
// cache), then one of its exported entry points (`serveLint`, `serveLearning` in main.ts).
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import type { Worker, WorkerOptions } from 'node:worker_threads';

export function cliWorker(entry: 'serveLint' | 'serveLearning', options: WorkerOptions): Worker {
  const { Worker: WorkerThread } = workerThreads();
  // The shim hands over the bundle's exports when it is required rather than run.
  return new WorkerThread(`require(${JSON.stringify(shimFile())}).${entry}();`, { ...options, eval: true });
}

/**
 * Loaded on first use (~2 ms, which a command without workers need not pay), with require: the bundle
 * runs through vm.Script, where import() of a built-in module has no loader.
 */
export function workerThreads(): typeof import('node:worker_threads') {
  return createRequire(import.meta.url)('node:worker_threads') as typeof import('node:worker_threads');
}

/** bin/replyguide.js, from the bundle (dist/bundle/main.cjs) or from source (src/cli, dist/cli): two folders up. */
function shimFile(): string {
  return fileURLToPath(new URL('../../bin/replyguide.js', import.meta.url));
}
