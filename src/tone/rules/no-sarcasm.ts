import { findAny } from '../text.js';
import type { RawFinding, ToneRule } from '../types.js';

export const noSarcasm: ToneRule = {
  id: 'no-sarcasm',
  severity: 'error',
  aspect: 'friendly',
  description: 'No sarcasm: markers like "thanks a lot", or scare quotes around words the person did not write.',
  check({ text, lexicon, comment }) {
    const out: RawFinding[] = findAny(text, lexicon.sarcasm).map((s) => ({ start: s.start, end: s.end, vars: { words: `"${s.text}"` } }));
    const quoted = /["“„”']([^"“„”'\n]{1,30})["”“']/g;
    for (const m of text.matchAll(quoted)) {
      const inner = m[1].trim();
      if (!inner || inner.split(/\s+/).length > 3 || /^['’]/.test(m[0]) && /\w$/.test(text[m.index! - 1] ?? '')) continue;
      // Quoting the person's own words back to them is fine.
      if (comment && comment.toLowerCase().includes(inner.toLowerCase())) continue;
      out.push({ start: m.index!, end: m.index! + m[0].length });
    }
    return out;
  },
};
