// Preloaded into a benchmarked process: prints its peak resident memory (KiB) to fd 3 at exit.
const { writeSync } = require('node:fs');
process.on('exit', () => {
  try { writeSync(3, String(process.resourceUsage().maxRSS)); } catch { /* not benchmarking */ }
});
