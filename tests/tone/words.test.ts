// The word tokenizer (src/tone/text.ts) is a scan by character code for speed; it must find exactly the
// words the pattern it replaced finds, in every script, and normalize them as before (lower case, ’ as ').
import { describe, expect, it } from 'vitest';
import { tokenized, words } from '../../src/tone/text.js';

const PATTERN = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;
const byPattern = (text: string) => [...text.matchAll(PATTERN)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
const normalized = (word: string) => word.toLowerCase().replace(/’/g, "'");

// Letters and digits of several scripts, in and outside the BMP, and what is not a word character:
// combining marks, emoji, joiners, lone surrogates, other hyphens and spaces.
const POOL = [
  'a', 'Z', 'q', '7', "'", '’', '-', ' ', '.', ',', '!', '?', '\n', '\t', '"', '(',
  'é', 'Å', 'ß', 'ø', 'İ', 'Σ', 'ж', 'Ж', '中', 'ア', 'ع', '٣', 'Ⅻ', '²', '½',
  '\u0301', '\u00a0', '\u200d', '\u2010', '\u2013', '😀', '𝐀', '𐐷', '\ud800', '\udc00',
];

function seeded(seed: number) {
  return () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
}

describe('words', () => {
  it('finds what the pattern finds, in 5,000 random texts of mixed scripts', () => {
    const random = seeded(17);
    for (let n = 0; n < 5000; n++) {
      const text = Array.from({ length: 1 + Math.floor(random() * 40) }, () => POOL[Math.floor(random() * POOL.length)]).join('');
      expect(words(text), JSON.stringify(text)).toEqual(byPattern(text));
      const { tokens, lower } = tokenized(text);
      expect(lower, JSON.stringify(text)).toEqual(tokens.map((token) => normalized(token.text)));
    }
  });

  it('reads a reply as a person would: contractions, hyphens, accents, digits', () => {
    const text = "Hi Åsa, we’re re-checking order 12-B: it's NOT lost. Grüße!";
    expect(words(text).map((w) => w.text)).toEqual(['Hi', 'Åsa', 'we’re', 're-checking', 'order', '12-B', "it's", 'NOT', 'lost', 'Grüße']);
    expect(tokenized(text).lower).toEqual(['hi', 'åsa', "we're", 're-checking', 'order', '12-b', "it's", 'not', 'lost', 'grüße']);
  });
});
