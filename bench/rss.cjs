// Preloaded into a benchmarked process: prints its peak resident memory (KiB) to fd 3 at exit. Worker
// threads (lint's) run preloads too: only the main thread writes, and its figure is the whole
// process's, threads included.
const { writeSync } = require('node:fs');
const { isMainThread } = require('node:worker_threads');
if (isMainThread) {
  process.on('exit', () => {
    try { writeSync(3, String(process.resourceUsage().maxRSS)); } catch { /* not benchmarking */ }
  });
}
