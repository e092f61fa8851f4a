// Phrasings that read as a translation: wrong wherever they occur, whatever value filled a template.
import type { RawFinding, ToneRule } from '../types.js';

const compiled = new Map<string, RegExp>();

function regex(pattern: string): RegExp {
  let re = compiled.get(pattern);
  if (!re) { re = new RegExp(pattern, 'giu'); compiled.set(pattern, re); }
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
    for (const { pattern, better } of lexicon.misphrased ?? []) {
      for (const m of text.matchAll(regex(pattern))) out.push({ start: m.index, end: m.index + m[0].length, vars: { better } });
    }
    return out.sort((a, b) => a.start - b.start);
  },
};
