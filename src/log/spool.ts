// Lines meant for the shared database that could not reach it: kept in a local JSON Lines file (written
// like the log itself, store.ts) and sent later, by `replyguide log sync` or at the start of the next run
// that reaches the database. Never lost: a batch is moved aside (under the spool's lock) before it is
// sent and removed only once every line is stored; never twice: each line's key is stored once, so a
// batch sent again after a failure part-way adds only what is missing.
import { readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { LogLine } from './entry.js';
import { appendToLog, scanLog } from './store.js';
import { withLogLock } from './lock.js';

export function spoolLine(spool: string, line: LogLine): void {
  appendToLog(spool, line);
}

/** Batches waiting to be sent: the spool moved aside now (if it has lines), and any left by an earlier sync. */
export function takeSpool(spool: string): string[] {
  const dir = dirname(spool);
  const prefix = `${basename(spool)}.sending-`;
  try {
    withLogLock(spool, () => {
      if (statSync(spool).size > 0) renameSync(spool, join(dir, `${prefix}${process.pid}-${Date.now()}`));
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => n.startsWith(prefix) && !n.endsWith('.lock')).sort().map((n) => join(dir, n));
}

/** Sends each batch's lines through `send`, then removes the batch. Returns the lines stored now. */
export async function sendSpool(spool: string, send: (line: LogLine) => Promise<boolean>): Promise<{ sent: number; batches: number }> {
  let sent = 0;
  const batches = takeSpool(spool);
  for (const batch of batches) {
    const lines: LogLine[] = [];
    scanLog(batch, { entry: (e) => lines.push(e), done: (d) => lines.push(d), skip: (s) => lines.push(s), take: (t) => lines.push(t) });
    for (const line of lines) if (await send(line)) sent++;
    rmSync(batch, { force: true });
  }
  return { sent, batches: batches.length };
}

/** The files holding lines not sent yet (the spool and batches set aside), without moving anything. */
export function spooledFiles(spool: string): string[] {
  const prefix = `${basename(spool)}.sending-`;
  let names: string[];
  try {
    names = readdirSync(dirname(spool));
  } catch {
    return [];
  }
  return names.filter((n) => (n === basename(spool) || n.startsWith(prefix)) && !n.endsWith('.lock')).sort().map((n) => join(dirname(spool), n));
}

/** Whether anything waits to be sent (cheap: no read of the lines). */
export function spoolWaiting(spool: string): boolean {
  try {
    if (statSync(spool).size > 0) return true;
  } catch { /* no spool */ }
  try {
    const prefix = `${basename(spool)}.sending-`;
    return readdirSync(dirname(spool)).some((n) => n.startsWith(prefix) && !n.endsWith('.lock'));
  } catch {
    return false;
  }
}
