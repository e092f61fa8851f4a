// The response log on disk: JSON Lines. One writer protocol, under the log's lock (lock.ts):
// - an append writes one whole line or nothing: the write's length is checked, and a failed or short
//   write (a full disk) is cut back off before the error is reported; a fragment left at the end by a
//   process killed mid-write is removed before the next line, so no entry is ever glued onto one;
// - prune copies the lines it keeps into a new file and renames it over the log while appends wait,
//   keeping the file's mode, a symlink to it, and every byte it does not remove.
// Readers stream (lines.ts): memory stays bounded whatever the log's size.
import { closeSync, constants, fchmodSync, fstatSync, fsyncSync, ftruncateSync, mkdirSync, openSync, readSync, realpathSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import type { DoneEvent, LogEntry, LogLine, SkipEvent, TakeEvent } from './entry.js';
import { forEachLine, forEachLineBackwards, openLogForReading, type RawLine } from './lines.js';
import { withLogLock } from './lock.js';
import { parseLogLine } from './validate.js';

/** The file operations an append uses; tests replace `writeSync` to simulate a full disk. */
export interface AppendFs {
  writeSync: (fd: number, buffer: Buffer, offset: number, length: number) => number;
}

const realFs: AppendFs = { writeSync: (fd, buffer, offset, length) => writeSync(fd, buffer, offset, length) };

/** The file itself when the log is a symlink to it (appends and prune go through the link). */
function target(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
}

export function appendToLog(file: string, line: LogLine, fs: AppendFs = realFs): void {
  mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
  const path = target(file);
  const data = Buffer.from(JSON.stringify(line) + '\n', 'utf8');
  withLogLock(path, () => {
    const fd = openSync(path, constants.O_RDWR | constants.O_APPEND | constants.O_CREAT | constants.O_NONBLOCK, 0o600);
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) throw new Error('not a regular file');
      const size = wholeLinesEnd(fd, stat.size);
      if (size < stat.size) ftruncateSync(fd, size);
      try {
        let written = 0;
        while (written < data.length) {
          const n = fs.writeSync(fd, data, written, data.length - written);
          if (n <= 0) throw Object.assign(new Error('nothing written'), { code: 'ENOSPC' });
          written += n;
        }
        fsyncSync(fd);
      } catch (error) {
        // Whatever part of the line reached the file goes: the log holds whole lines only.
        try { ftruncateSync(fd, size); } catch { /* the next append removes the fragment */ }
        throw error;
      }
    } finally {
      closeSync(fd);
    }
  });
}

/** The length of the file up to and including its last newline: a fragment after it is cut. */
function wholeLinesEnd(fd: number, size: number): number {
  if (size === 0) return 0;
  const last = Buffer.alloc(1);
  readSync(fd, last, 0, 1, size - 1);
  if (last[0] === 10) return size;
  let end = 0;
  forEachLineBackwards(fd, (line) => {
    if (line.terminated) { end = line.offset + line.length + 1; return true; }
    return false;
  });
  return end;
}

export interface LogProblem {
  line: number;
  message: string;
}

export interface LogVisitor {
  entry?(entry: LogEntry, at: { offset: number; length: number }): void;
  done?(event: DoneEvent): void;
  skip?(event: SkipEvent): void;
  take?(event: TakeEvent): void;
  problem?(problem: LogProblem): void;
}

/**
 * Reads the log line by line, calling the visitor for each; a line that is not a log line of the right
 * shape is reported with its number and skipped. False when there is no log yet.
 */
export function scanLog(file: string, visitor: LogVisitor, then?: (read: (at: { offset: number; length: number }) => LogEntry) => void): boolean {
  let fd: number;
  try {
    fd = openLogForReading(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return false;
    throw error;
  }
  try {
    forEachLine(fd, (raw) => {
      const parsed = parse(raw);
      if (parsed === undefined) return;
      if ('problem' in parsed) visitor.problem?.({ line: raw.number, message: parsed.problem });
      else if (parsed.line.type === 'triage') visitor.entry?.(parsed.line, { offset: raw.offset, length: raw.length });
      else if (parsed.line.type === 'done') visitor.done?.(parsed.line);
      else if (parsed.line.type === 'take') visitor.take?.(parsed.line);
      else visitor.skip?.(parsed.line);
    });
    // Entries read again come from the same file, even if a prune has replaced the log meanwhile.
    then?.((at) => entryAt(fd, at));
  } finally {
    closeSync(fd);
  }
  return true;
}

function parse(raw: RawLine): ReturnType<typeof parseLogLine> | undefined {
  if (raw.bytes === undefined) return { problem: `a line of ${raw.length} bytes, longer than any log entry` };
  const text = raw.bytes.toString('utf8');
  if (text.trim() === '') return undefined;
  if (!raw.terminated) return { problem: 'cut off (an append that did not finish)' };
  return parseLogLine(text);
}

/** The entry at a place `scanLog` gave, read again (so a long list of them need not be held). */
function entryAt(fd: number, at: { offset: number; length: number }): LogEntry {
  // One scratch buffer for all of them: a fresh one per entry costs more memory than the entries.
  if (scratch.length < at.length) scratch = Buffer.allocUnsafe(Math.max(at.length, scratch.length * 2));
  const read = readSync(fd, scratch, 0, at.length, at.offset);
  return JSON.parse(scratch.toString('utf8', 0, read)) as LogEntry;
}
let scratch = Buffer.allocUnsafe(64 * 1024);

/** The last entry that `matches`, reading from the end (fast however long the log). */
export function findLastEntry(file: string, matches: (entry: LogEntry) => boolean): LogEntry | undefined {
  let fd: number;
  try {
    fd = openLogForReading(file);
  } catch {
    return undefined;
  }
  let found: LogEntry | undefined;
  try {
    forEachLineBackwards(fd, (raw) => {
      if (raw.bytes === undefined || !raw.terminated) return false;
      const parsed = parseLogLine(raw.bytes.toString('utf8'));
      if ('line' in parsed && parsed.line.type === 'triage' && matches(parsed.line)) { found = parsed.line; return true; }
      return false;
    });
  } finally {
    closeSync(fd);
  }
  return found;
}

/**
 * Keeps what happened on or after `before`; the rest is dropped by writing a new file over the old,
 * holding the lock so no append is lost. Lines it cannot date (corrupt ones) are kept as they are.
 * With nothing to remove the file is not touched at all.
 */
export function pruneLog(file: string, before: Date): { kept: number; removed: number } {
  const path = target(file);
  return withLogLock(path, () => {
    const fd = openLogForReading(path);
    let kept = 0;
    let removed = 0;
    const temp = `${path}.prune-${process.pid}.tmp`;
    let out: number | undefined;
    try {
      const mode = fstatSync(fd).mode & 0o7777;
      const cutoff = before.getTime();
      // First pass: which lines go (one bit each)? With none, nothing is written; else a second pass copies.
      let drop = new Uint8Array(1 << 16);
      forEachLine(fd, (raw) => {
        if (isBefore(raw, cutoff)) {
          removed++;
          if (raw.number >> 3 >= drop.length) { const grown = new Uint8Array(drop.length * 2); grown.set(drop); drop = grown; }
          drop[raw.number >> 3] |= 1 << (raw.number & 7);
        } else if (raw.length > 0) kept++;
      });
      if (removed === 0) return { kept, removed };
      out = openSync(temp, 'w', 0o600);
      fchmodSync(out, mode);
      const buffer = new Writer(out);
      forEachLine(fd, (raw) => {
        if (raw.number >> 3 < drop.length && drop[raw.number >> 3] & (1 << (raw.number & 7))) return;
        if (raw.bytes === undefined) copyRange(fd, raw.offset, raw.length, buffer);
        else buffer.write(raw.bytes);
        if (raw.terminated) buffer.write(NEWLINE);
      });
      buffer.flush();
      fsyncSync(out);
      closeSync(out);
      out = undefined;
      renameSync(temp, path);
      return { kept, removed };
    } catch (error) {
      if (out !== undefined) closeSync(out);
      rmSync(temp, { force: true });
      throw error;
    } finally {
      closeSync(fd);
    }
  });
}

const NEWLINE = Buffer.from('\n');

function isBefore(raw: RawLine, cutoff: number): boolean {
  if (raw.bytes === undefined || !raw.terminated) return false;
  const text = raw.bytes.toString('utf8');
  if (text.trim() === '') return false;
  const parsed = parseLogLine(text);
  if ('problem' in parsed) return false;
  return Date.parse(parsed.line.time) < cutoff;
}

function copyRange(fd: number, offset: number, length: number, out: Writer): void {
  const chunk = Buffer.allocUnsafe(1 << 20);
  for (let done = 0; done < length;) {
    const n = readSync(fd, chunk, 0, Math.min(chunk.length, length - done), offset + done);
    if (n === 0) break;
    out.write(chunk.subarray(0, n));
    done += n;
  }
}

/** Buffered writes to a file descriptor, each checked for its full length. */
class Writer {
  private chunks: Buffer[] = [];
  private size = 0;
  constructor(private readonly fd: number) {}
  write(bytes: Buffer): void {
    this.chunks.push(Buffer.from(bytes));
    this.size += bytes.length;
    if (this.size >= 1 << 20) this.flush();
  }
  flush(): void {
    const data = Buffer.concat(this.chunks);
    this.chunks = [];
    this.size = 0;
    for (let written = 0; written < data.length;) written += writeSync(this.fd, data, written, data.length - written);
  }
}
