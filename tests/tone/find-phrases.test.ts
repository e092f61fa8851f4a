// Finding a lexicon's phrases in a reply (src/tone/text.ts findAny): whole words, any case, the
// longest phrase at a word, stems, trailing punctuation read as part of the phrase, and phrases only a
// regular expression can find.
import { describe, expect, it } from 'vitest';
import { findAny, forgetTokens } from '../../src/tone/text.js';

const found = (text: string, phrases: string[]) => findAny(text, phrases).map((s) => [s.text, s.start, s.end]);

describe('findAny', () => {
  it('finds whole words in any case, the longest phrase at a word first', () => {
    expect(found('Thanks a lot, and THANKS again; no thanksgiving', ['thanks', 'thanks a lot'])).toEqual([['Thanks a lot', 0, 12], ['THANKS', 18, 24]]);
  });

  it('reads a trailing "*" as any ending, and either apostrophe as one', () => {
    expect(found('Dat is belachelijke onzin', ['belachelijk*'])).toEqual([['belachelijke', 7, 19]]);
    expect(found('We can’t and we can\'t', ["can't"])).toEqual([['can’t', 3, 8], ["can't", 16, 21]]);
  });

  it('matches punctuation right after the last word, and prefers that phrase to the bare word', () => {
    const text = 'Details here: https://x.example, nowhere: else. Actually, fine; actually fine. Here : no';
    expect(found(text, ['here:', 'actually,'])).toEqual([['here:', 8, 13], ['Actually,', 48, 57]]);
    expect(found('See here: the form', ['here', 'here:'])).toEqual([['here:', 4, 9]]);
    expect(found('See here, the form', ['here', 'here:'])).toEqual([['here', 4, 8]]);
  });

  it('finds a phrase only a pattern can read (punctuation inside it or before it)', () => {
    expect(found('Call us!!! Or see http://x.example', ['!!!', 'http://'])).toEqual([['!!!', 7, 10], ['http://', 18, 25]]);
    expect(found('a - b and a b', ['a - b'])).toEqual([['a - b', 0, 5]]);
  });

  it('finds the words of a list first seen after the text was read, and skips words inside a phrase found', () => {
    forgetTokens();
    const text = 'Zorg dat je zorgvuldig leest; lees verder';
    expect(found(text, ['dat je'])).toEqual([['dat je', 5, 11]]);
    // The same text (tokens kept), a new list whose first words no list had before.
    expect(found(text, ['zorgvuldig', 'lees verder'])).toEqual([['zorgvuldig', 12, 22], ['lees verder', 30, 41]]);
    expect(found(text, ['zorg*'])).toEqual([['Zorg', 0, 4], ['zorgvuldig', 12, 22]]);
    expect(found('thanks thanks a lot', ['thanks a', 'a lot'])).toEqual([['thanks a', 7, 15]]);
  });
});
