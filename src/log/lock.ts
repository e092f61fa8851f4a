// The response log's lock: a `<log>.lock` file created exclusively (O_EXCL) holding the owner's pid.
// Appends and prune both hold it, so an entry appended while prune copies the log waits for the
// rename and lands in the new file instead of in the old one about to be replaced. Appends take
// milliseconds, so writers wait for it; a lock left by a process that no longer runs is broken.
import { closeSync, openSync, readFileSync, statSync, unlinkSync, writeSync } from 'node:fs';

const WAIT_STEP_MS = 5;
/** How long a writer waits for the lock before giving up (a prune of a huge log holds it longest). */
export const LOCK_WAIT_MS = 120_000;

const sleeper = new Int32Array(new SharedArrayBuffer(4));
const sleep = (ms: number) => Atomics.wait(sleeper, 0, 0, ms);

export class LogLockTimeout extends Error {
  constructor(readonly lock: string) {
    super(`the response log is locked by another replyguide (${lock})`);
  }
}

/** Runs `work` holding the log's lock; waits while another process holds it. */
export function withLogLock<T>(file: string, work: () => T, waitMs = LOCK_WAIT_MS): T {
  const lock = `${file}.lock`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    let fd: number;
    try {
      fd = openSync(lock, 'wx', 0o600);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      breakIfStale(lock);
      if (Date.now() > deadline) throw new LogLockTimeout(lock);
      sleep(WAIT_STEP_MS);
      continue;
    }
    try {
      writeSync(fd, String(process.pid));
    } finally {
      closeSync(fd);
    }
    try {
      return work();
    } finally {
      try { unlinkSync(lock); } catch { /* already gone: nothing to release */ }
    }
  }
}

/** Removes a lock whose owner is no longer running (killed mid-append); a live owner's lock stays. */
function breakIfStale(lock: string): void {
  let owner: string;
  try {
    owner = readFileSync(lock, 'utf8');
  } catch {
    return; // released meanwhile
  }
  // An owner writes its pid right after creating the file: an empty lock is a moment old, unless it
  // has been empty for seconds (its owner was killed in between).
  const pid = Number(owner);
  if (owner === '' ? !emptyForSeconds(lock) : !Number.isInteger(pid) || pid <= 0 || alive(pid)) return;
  try {
    // Only the lock we judged: if another process broke it and took a new one meanwhile, keep that.
    if (readFileSync(lock, 'utf8') === owner) unlinkSync(lock);
  } catch { /* released or broken by another waiter */ }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function emptyForSeconds(lock: string): boolean {
  try {
    return Date.now() - statSync(lock).mtimeMs > 5_000;
  } catch {
    return false;
  }
}
