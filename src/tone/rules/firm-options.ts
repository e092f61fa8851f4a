import type { RawFinding, ToneRule } from '../types.js';

export const firmOptions: ToneRule = {
  id: 'firm-options',
  severity: 'warning',
  aspect: 'firm',
  description: 'At most two options: more choices make the reply vague.',
  check({ sentences, lexicon }) {
    const out: RawFinding[] = [];
    const or = lexicon.or.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
    // "A, B or C" (three or more alternatives joined by commas and a final "or").
    const list = new RegExp(`[^,.;:!?]+,[^,.;:!?]+(?:,[^,.;:!?]+)*,?\\s(?:${or})\\s[^,.;:!?]+`, 'iu');
    const ors = new RegExp(`\\s(?:${or})\\s`, 'giu');
    for (const s of sentences) {
      const match = list.exec(s.text);
      const orCount = [...s.text.matchAll(ors)].length;
      if (match || orCount >= 2) {
        out.push({ start: s.start, end: s.end, message: 'offers more than two options', suggestion: 'Pick the best channel or step and offer that one (two at most).' });
      }
    }
    return out;
  },
};
