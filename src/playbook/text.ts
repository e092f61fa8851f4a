// Decoding a file's bytes to text without silently replacing anything.
import { isUtf8 } from 'node:buffer';
import { phrase, type Phrase } from '../i18n/phrase.js';
import { MAX_FILE_BYTES, MAX_LINE_CHARS } from './limits.js';

export interface TextProblem {
  rule: string;
  line: number;
  column: number;
  message: Phrase;
}

/** Offset of the first byte that is not part of valid UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** Line and column (1-based) of a byte offset, counting columns in characters of the valid prefix. */
export function bytePosition(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset; i++) if (bytes[i] === 0x0a) { line++; lineStart = i + 1; }
  const column = Buffer.from(bytes.subarray(lineStart, offset)).toString('utf8').length + 1;
  return { line, column };
}

export type DecodeResult = { ok: true; text: string } | { ok: false; problem: TextProblem };

/** Checks size, binary content, encoding and line length; strips a BOM. CRLF is left to the parser. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (bytes.length > MAX_FILE_BYTES) {
    return fail('file-too-large', 0, tooLarge(bytes.length));
  }
  const nul = bytes.indexOf(0);
  if (nul !== -1) return fail('file-binary', nul, phrase('file.binary'));
  // Native check first (valid files are the rule); the byte-by-byte walk only to say where it breaks.
  const bad = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (bad !== -1) {
    const hex = bytes[bad].toString(16).toUpperCase().padStart(2, '0');
    return fail('file-encoding', bad, phrase('file.encoding', { hex }));
  }
  let text = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > MAX_LINE_CHARS) {
      const line = countNewlines(text, start) + 1;
      const message = phrase('file.lineTooLong', { length: end - start, limit: MAX_LINE_CHARS });
      return { ok: false, problem: { rule: 'line-too-long', line, column: MAX_LINE_CHARS + 1, message } };
    }
    start = end + 1;
  }
  return { ok: true, text };

  function fail(rule: string, offset: number, message: Phrase): DecodeResult {
    return { ok: false, problem: { rule, ...bytePosition(bytes, offset), message } };
  }
}

function countNewlines(text: string, end: number): number {
  let count = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < end; i = text.indexOf('\n', i + 1)) count++;
  return count;
}

/** "file is 6.0 MiB; the limit is 5 MiB" */
export function tooLarge(size: number): Phrase {
  return phrase('file.tooLarge', { size: (size / 1024 / 1024).toFixed(1), limit: MAX_FILE_BYTES / 1024 / 1024 });
}
