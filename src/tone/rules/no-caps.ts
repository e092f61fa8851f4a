import type { RawFinding, ToneRule } from '../types.js';

export const noCaps: ToneRule = {
  id: 'no-caps',
  severity: 'warning',
  aspect: 'friendly',
  description: 'No words in capitals (shouting); acronyms and brand names are fine.',
  check({ words, lexicon, allowCaps }) {
    const allowed = new Set([...lexicon.acronyms, ...allowCaps].map((w) => w.toUpperCase()));
    const out: RawFinding[] = [];
    for (const word of words) {
      const letters = word.text.replace(/[^\p{L}]/gu, '');
      if (letters.length >= 3 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() && !allowed.has(word.text.toUpperCase())) {
        out.push({ start: word.start, end: word.end });
      }
    }
    return out;
  },
};
