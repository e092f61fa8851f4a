import { findAny } from '../text.js';
import type { RawFinding, ToneRule } from '../types.js';

export const friendlyCondescending: ToneRule = {
  id: 'friendly-condescending',
  severity: 'warning',
  aspect: 'friendly',
  description: 'No condescending words ("obviously", "as we already said"; "clearly" or "simply" aimed at the person).',
  check({ text, lexicon, sentences }) {
    const out: RawFinding[] = findAny(text, lexicon.condescending).map((s) => ({ start: s.start, end: s.end }));
    // "We clearly explain the steps below" is fine; "Clearly, you…" and "you simply…" are not.
    for (const sentence of sentences) {
      const you = findAny(sentence.text, lexicon.secondPerson);
      for (const hit of findAny(sentence.text, lexicon.condescendingNearYou)) {
        const atStart = hit.start <= 1;
        const nearYou = you.some((y) => Math.abs(y.start - hit.start) <= 12);
        if (atStart || nearYou) out.push({ start: sentence.start + hit.start, end: sentence.start + hit.end });
      }
    }
    return out;
  },
};
