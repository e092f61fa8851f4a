// The place of a JSON syntax error, held against V8's JSON.parse: it accepts what V8 accepts, and where
// V8 names a position, it names the same one.
import { describe, expect, it } from 'vitest';
import { firstBadOffset, jsonSyntaxError } from '../src/json-error.js';

const parseError = (text: string): Error | undefined => {
  try {
    JSON.parse(text);
    return undefined;
  } catch (error) {
    return error as Error;
  }
};

describe('jsonSyntaxError', () => {
  it('points at the token V8 does not name, with line and column', () => {
    const text = '[\n  {"comment": "ok"},\n  {"comment": oops}\n]';
    expect(jsonSyntaxError(text, parseError(text))).toEqual({ offset: 37, line: 3, column: 15, problem: "Unexpected token 'o'" });
  });

  it('a text cut off mid-string stops at its end; a BOM is not a column', () => {
    const text = '\uFEFF{"comment": "Where is my parc';
    expect(jsonSyntaxError(text, parseError(text.slice(1)))).toMatchObject({ offset: 30, line: 1, column: 30, problem: 'Unterminated string' });
  });

  it('trailing text, a comma before a brace, control characters and bad escapes', () => {
    expect(firstBadOffset('{"a": 1} x')).toBe(9);
    expect(firstBadOffset('{"a": 1,}')).toBe(8);
    expect(firstBadOffset('"a\tb"')).toBe(2);
    expect(firstBadOffset('"\\x"')).toBe(2);
    expect(firstBadOffset('"\\u12x4"')).toBe(5);
    expect(firstBadOffset('[01]')).toBe(2);
    expect(firstBadOffset('[1, tru]')).toBe(7);
    expect(firstBadOffset('')).toBe(0);
  });

  it('nesting deeper than the stack: a place, not a crash', () => {
    const text = '['.repeat(200_000);
    expect(firstBadOffset(text)).toBeGreaterThan(0);
  });

  it('agrees with JSON.parse on 5,000 cut and altered texts', () => {
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) % n);
    const base = JSON.stringify({ id: 'c1', text: 'Caf\u00e9 "quoted" \\ back\nslash \u2603', n: [0, -1.5e3, 2e-2, true, false, null], deep: { a: [{}, []] } }, null, random(2) ? 2 : undefined);
    const pieces = ['"', ',', '}', ']', '{', '[', ':', ' ', '\\', '\n', 'x', '1', '-', '.', 'e', 't', 'n', '\u0001'];
    let positioned = 0;
    let refusedInside = 0;
    for (let n = 0; n < 5000; n++) {
      let text = base;
      const edits = 1 + random(3);
      for (let e = 0; e < edits; e++) {
        const at = random(text.length + 1);
        const kind = random(3);
        if (kind === 0) text = text.slice(0, at); // cut off
        else if (kind === 1) text = text.slice(0, at) + pieces[random(pieces.length)] + text.slice(at);
        else text = text.slice(0, at) + text.slice(at + 1);
      }
      const error = parseError(text);
      const offset = firstBadOffset(text);
      if (error === undefined) expect(offset, text).toBe(text.length);
      else if (offset < text.length) refusedInside++;
      const named = /at position (\d+)/.exec(error?.message ?? '');
      if (named) {
        positioned++;
        expect(offset, `${text}\n${error!.message}`).toBe(Number(named[1]));
      }
    }
    // Enough of each kind that the comparison means something.
    expect(positioned).toBeGreaterThan(1000);
    expect(refusedInside).toBeGreaterThan(2000);
  });
});
