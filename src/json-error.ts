// Where a JSON text goes wrong, for messages with file:line:col. V8's JSON.parse says "at position N"
// for some errors only ("Unexpected token 'o', "…" is not valid JSON" has none), so the place is found by
// reading the text against the JSON grammar; this runs only after JSON.parse has refused the text. The
// same reader says where a top-level array's elements start (the rows of a JSON export).
import { position } from './text-position.js';

export interface JsonSyntaxError {
  /** 0-based offset of the first character that cannot be JSON (the text's length when it stops early). */
  offset: number;
  /** 1-based line and column of the offset. */
  line: number;
  column: number;
  /** The parser's words without the offending text (which may hold anything) or the offset. */
  problem: string;
}

/** The place and words of a JSON.parse error on `text`. */
export function jsonSyntaxError(text: string, error: unknown): JsonSyntaxError {
  const offset = firstBadOffset(text);
  const bom = text.startsWith('\uFEFF') ? 1 : 0; // a BOM is no column
  const { line, column } = position(text.slice(bom), offset - bom);
  const message = error instanceof Error ? error.message : String(error);
  const problem = message.replace(/ in JSON at position \d+.*$/s, '').replace(/, (?:\.\.\.)?".*" is not valid JSON$/s, '');
  return { offset, line, column, problem };
}

/** The offset where `text` stops being JSON (a leading BOM is allowed, as the readers strip it). */
export const firstBadOffset = (text: string): number => readJson(text);

/**
 * Reads `text` against the JSON grammar: the offset where it stops being JSON (its length when it is
 * JSON, or is cut off), calling `onElement` with the offset of each element of a top-level array.
 */
export function readJson(text: string, onElement?: (offset: number) => void): number {
  let i = text.startsWith('\uFEFF') ? 1 : 0;
  const space = () => {
    while (i < text.length && (text[i] === ' ' || text[i] === '\t' || text[i] === '\n' || text[i] === '\r')) i++;
  };
  const word = (w: string) => {
    for (const c of w) if (text[i] === c) i++; else return false;
    return true;
  };
  const string = (): boolean => {
    i++; // the opening quote
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 34) { i++; return true; }
      if (c < 0x20) return false;
      if (c === 92) {
        i++; // V8 points past the backslash, at the character that cannot follow it
        if (text[i] === 'u') {
          i++;
          for (let n = 0; n < 4; n++, i++) if (!/[0-9a-fA-F]/.test(text[i] ?? '')) return false;
        } else if (text[i] !== undefined && '"\\/bfnrt'.includes(text[i])) i++;
        else return false;
      } else i++;
    }
    return false;
  };
  let depth = 0;
  const value = (): boolean => {
    space();
    const c = text[i];
    if (c === '"') return string();
    if (c === '{' || c === '[') {
      const close = c === '{' ? '}' : ']';
      const topArray = close === ']' && depth === 0;
      i++;
      space();
      if (text[i] === close) { i++; return true; }
      depth++;
      for (;;) {
        if (close === '}') {
          space();
          if (text[i] !== '"' || !string()) return false;
          space();
          if (text[i] !== ':') return false;
          i++;
        }
        if (topArray) { space(); onElement?.(i); }
        if (!value()) return false;
        space();
        if (text[i] === ',') { i++; continue; }
        if (text[i] === close) { i++; depth--; return true; }
        return false;
      }
    }
    if (c === 't') return word('true');
    if (c === 'f') return word('false');
    if (c === 'n') return word('null');
    return number();
  };
  // -?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?, stopping at the first character that cannot come next.
  const digit = () => text[i] >= '0' && text[i] <= '9';
  const digits = () => {
    if (!digit()) return false;
    while (digit()) i++;
    return true;
  };
  const number = (): boolean => {
    if (text[i] === '-') i++;
    if (text[i] === '0') i++;
    else if (!digits()) return false;
    if (text[i] === '.') {
      i++;
      if (!digits()) return false;
    }
    if (text[i] === 'e' || text[i] === 'E') {
      i++;
      if (text[i] === '+' || text[i] === '-') i++;
      if (!digits()) return false;
    }
    return true;
  };
  try {
    if (!value()) return i;
  } catch {
    return i; // nested too deep for the stack: say where it got to
  }
  space();
  return i;
}
