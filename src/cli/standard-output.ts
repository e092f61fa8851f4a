// Standard output written straight to its file descriptor when it is a pipe, a file or /dev/null:
// making process.stdout for a pipe loads Node's net and stream modules, and for /dev/null its
// SyncWriteStream loads stream, ~4 ms of every scripted command (`node -e 'process.stdout.write(x)'`
// 32.8 ms, with fs.writeSync 28.4 ms, `node -e 0` 27.9 ms). Any other character device (a terminal,
// /dev/full) gets process.stdout as before: prompts, colours and widths need the real stream. Write
// errors are thrown where they happen (EPIPE, ENOSPC), so the output guard (io.ts) turns them into
// the same one line as a stream's error event.
import { fstatSync, statSync, writeSync as writeToFd } from 'node:fs';
import type { OutputStream } from './io.js';

type WriteToFd = (fd: number, bytes: Uint8Array, offset: number) => number;

/**
 * Output on `fd`: direct writes, or the stream `open()` makes (once) for a terminal. A non-blocking pipe
 * that is full (EAGAIN: its writer's flags are shared with a parent that made it so) hands the rest,
 * and everything after it, to the stream, which waits for the reader.
 */
export function standardOutput(fd: number, open: () => OutputStream, write: WriteToFd = writeToFd): OutputStream {
  if (needsStream(fd)) return open();
  let stream: OutputStream | undefined;
  return {
    write(chunk) {
      if (stream) return stream.write(chunk);
      const bytes = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : chunk;
      for (let at = 0; at < bytes.length;) {
        try {
          at += write(fd, bytes, at);
        } catch (error) {
          if ((error as NodeJS.ErrnoException).code !== 'EAGAIN') throw error;
          stream = open();
          return stream.write(bytes.subarray(at));
        }
      }
      return true;
    },
  };
}

/** A character device other than /dev/null: a terminal most likely (telling one apart would load node:tty). */
function needsStream(fd: number): boolean {
  try {
    const device = fstatSync(fd);
    if (!device.isCharacterDevice()) return false;
    const nothing = statSync('/dev/null', { throwIfNoEntry: false });
    return !nothing || device.rdev !== nothing.rdev; // the same device, whatever name it was opened by
  } catch {
    return true; // not open or not known: Node's own stream deals with it
  }
}
