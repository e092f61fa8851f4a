// Phrasings that read as a translation: wrong wherever they occur, whatever value filled a template.
import type { RawFinding, ToneRule } from '../types.js';

const compiled = new Map<string, RegExp>();

function regex(pattern: string, flags: 'gu' | 'giu'): RegExp {
  const key = `${flags}/${pattern}`;
  let re = compiled.get(key);
  if (!re) { re = new RegExp(pattern, flags); compiled.set(key, re); }
  re.lastIndex = 0;
  return re;
}

export const nativePhrasing: ToneRule = {
  id: 'native-phrasing',
  severity: 'error',
  aspect: 'friendly',
  description: 'No phrasing a native speaker would not write (an article after "per", "vi beklagar." with nothing to regret).',
  check({ text, lexicon }) {
    const out: RawFinding[] = [];
    // Case-insensitive by reading the text in lower case (the patterns are written so), where that keeps
    // every position, as it nearly always does: under the i flag, the patterns' \p{L} made V8 compile the
    // letters' case closure (~1 ms of every check).
    const lower = text.toLowerCase();
    const [subject, flags] = lower.length === text.length ? [lower, 'gu' as const] : [text, 'giu' as const];
    for (const { pattern, better } of lexicon.misphrased ?? []) {
      for (const m of subject.matchAll(regex(pattern, flags))) out.push({ start: m.index, end: m.index + m[0].length, vars: { better } });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
