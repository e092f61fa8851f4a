// Reading the log line by line in bounded memory: forwards in chunks (one line held at a time) and
// backwards from the end (for "the last answer like this", which is near the end). Lines are bytes
// until a caller decodes them, so prune can keep bytes it does not remove exactly as they were.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

const CHUNK = 1 << 20;
/** A line longer than this is not one the log ever writes: reported and skipped, never held whole. */
export const MAX_LINE_BYTES = 16 << 20;

export interface RawLine {
  /** The line's bytes without its newline; undefined when it was longer than MAX_LINE_BYTES. */
  bytes: Buffer | undefined;
  /** 1-based line number (forwards only; 0 when read backwards). */
  number: number;
  /** Byte offset of the line's start in the file. */
  offset: number;
  /** Byte length of the line without its newline. */
  length: number;
  /** Whether a newline ends it (false only for a last line cut off). */
  terminated: boolean;
}

/** Opens the log for reading: a regular file, never blocking on a FIFO or device. */
export function openLogForReading(file: string): number {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  if (!fstatSync(fd).isFile()) {
    closeSync(fd);
    throw new Error('not a regular file');
  }
  return fd;
}

/** Calls `visit` for every line from the start; `visit` returning true stops the scan. */
export function forEachLine(fd: number, visit: (line: RawLine) => boolean | void, from = 0): void {
  const chunk = Buffer.allocUnsafe(CHUNK);
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let overlong = false;
  let position = from;
  let lineStart = from;
  let number = 0;
  const emit = (tail: Buffer, terminated: boolean): boolean => {
    number++;
    const length = pendingLength + tail.length;
    const bytes = overlong || length > MAX_LINE_BYTES ? undefined : pending.length ? Buffer.concat([...pending, tail]) : Buffer.from(tail);
    const stop = visit({ bytes, number, offset: lineStart, length, terminated }) === true;
    lineStart += length + 1;
    pending = [];
    pendingLength = 0;
    overlong = false;
    return stop;
  };
  for (;;) {
    const read = readSync(fd, chunk, 0, CHUNK, position);
    if (read === 0) break;
    position += read;
    let start = 0;
    for (;;) {
      const newline = chunk.indexOf(10, start);
      if (newline === -1 || newline >= read) break;
      if (emit(chunk.subarray(start, newline), true)) return;
      start = newline + 1;
    }
    if (start < read) {
      const rest = chunk.subarray(start, read);
      if (overlong || pendingLength + rest.length > MAX_LINE_BYTES) overlong = true;
      else pending.push(Buffer.from(rest));
      pendingLength += rest.length;
    }
  }
  if (pendingLength > 0) emit(Buffer.alloc(0), false);
}

/** Calls `visit` for every line from the end backwards; `visit` returning true stops. */
export function forEachLineBackwards(fd: number, visit: (line: RawLine) => boolean | void): void {
  const size = fstatSync(fd).size;
  const chunk = Buffer.allocUnsafe(CHUNK);
  let end = size; // the end of the line being gathered (exclusive)
  let pending: Buffer[] = [];
  let pendingLength = 0;
  let position = size;
  let terminated = false;
  // A last byte that is a newline ends the last line; it does not start an empty one.
  if (size > 0) {
    readSync(fd, chunk, 0, 1, size - 1);
    if (chunk[0] === 10) { end = size - 1; position = size - 1; terminated = true; }
  }
  const emit = (head: Buffer, start: number): boolean => {
    const length = end - start;
    const bytes = length > MAX_LINE_BYTES ? undefined : Buffer.concat([head, ...pending]);
    const stop = visit({ bytes, number: 0, offset: start, length, terminated }) === true;
    pending = [];
    pendingLength = 0;
    terminated = true;
    end = start - 1;
    return stop;
  };
  while (position > 0) {
    const from = Math.max(0, position - CHUNK);
    const read = readSync(fd, chunk, 0, position - from, from);
    let stop = read;
    while (stop > 0) {
      const newline = chunk.lastIndexOf(10, stop - 1);
      if (newline === -1) break;
      if (emit(Buffer.from(chunk.subarray(newline + 1, stop)), from + newline + 1)) return;
      stop = newline;
    }
    if (stop > 0) {
      if (pendingLength + stop <= MAX_LINE_BYTES) pending.unshift(Buffer.from(chunk.subarray(0, stop)));
      pendingLength += stop;
    }
    position = from;
  }
  if (end >= 0 && (pendingLength > 0 || end > 0)) emit(Buffer.alloc(0), 0);
}
