// Output gathered into chunks of about 64 KB before each write: a listing of a million lines is a few
// hundred writes, not a million, and never the whole listing in one string.
import type { OutputStream } from './io.js';

const CHUNK = 64 * 1024;

export function bufferedOutput(stream: OutputStream) {
  let parts: string[] = [];
  let size = 0;
  const flush = () => {
    if (parts.length) stream.write(parts.join(''));
    parts = [];
    size = 0;
  };
  return {
    write(text: string): void {
      parts.push(text);
      size += text.length;
      if (size >= CHUNK) flush();
    },
    flush,
  };
}
