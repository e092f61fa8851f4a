// The one bounded reader for every input path (playbooks, extends, answers, queues, drafts, the config):
// a regular file only, opened without blocking (a FIFO or device is refused, never waited on or read
// forever), its size checked before a byte is read, and never more than the limit read even if it grows.
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

export type ReadProblem =
  | { problem: 'notFound' }
  | { problem: 'folder' }
  | { problem: 'notRegular' }
  | { problem: 'tooLarge'; size: number }
  | { problem: 'unreadable'; code: string };

export function readBounded(path: string, limit: number): { bytes: Buffer } | ReadProblem {
  let fd: number;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'unknown error';
    if (code === 'ENOENT' || code === 'ENOTDIR') return { problem: 'notFound' };
    if (code === 'EISDIR') return { problem: 'folder' };
    return { problem: 'unreadable', code };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { problem: 'folder' };
    if (!stat.isFile()) return { problem: 'notRegular' };
    if (stat.size > limit) return { problem: 'tooLarge', size: stat.size };
    // Not zero-filled (small ones come from Node's pool): only the bytes read are ever handed out.
    const bytes = Buffer.allocUnsafe(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (;;) {
      const n = readSync(fd, bytes, length, bytes.length - length, length);
      if (n === 0) break;
      length += n;
      if (length === bytes.length) {
        if (length > limit) return { problem: 'tooLarge', size: length };
        break;
      }
    }
    return { bytes: bytes.subarray(0, length) };
  } catch (error) {
    return { problem: 'unreadable', code: (error as NodeJS.ErrnoException).code ?? 'unknown error' };
  } finally {
    closeSync(fd);
  }
}

/** A stream (standard input) read up to the limit: undefined when there is more. */
export async function readStreamBounded(stream: AsyncIterable<string | Buffer>, limit: number): Promise<Buffer | undefined> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk;
    size += bytes.length;
    if (size > limit) return undefined;
    chunks.push(bytes);
  }
  return Buffer.concat(chunks);
}
