import { findAny } from '../text.js';
import type { RawFinding, ToneRule } from '../types.js';

export const firmOptions: ToneRule = {
  id: 'firm-options',
  severity: 'warning',
  aspect: 'firm',
  description: 'At most two options: more choices make the reply vague.',
  check({ sentences, lexicon }) {
    const out: RawFinding[] = [];
    for (const s of sentences) {
      const ors = findAny(s.text, lexicon.or);
      if (ors.length === 0) continue;
      // "A, B or C": count the short list items before the last "or", after any greeting ("Hi Sam,").
      let head = s.text.slice(0, ors.at(-1)!.start);
      const greeting = findAny(head, lexicon.greetings)[0];
      if (greeting && greeting.start <= 1) head = head.slice(head.indexOf(',') + 1);
      const items = head.split(',').slice(1).filter((item) => item.trim().split(/\s+/).length <= 5).length;
      if (ors.length + items + 1 > 2) {
        out.push({ start: s.start, end: s.end });
      }
    }
    return out;
  },
};
