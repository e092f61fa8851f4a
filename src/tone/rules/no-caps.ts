import type { Span } from '../text.js';
import type { Lexicon } from '../lexicon.js';
import type { RawFinding, ToneRule } from '../types.js';

const wordSets = new WeakMap<Lexicon, Map<string, { allowed: Set<string>; common: Set<string> }>>();

/** The lexicon's acronyms with the playbook's own, and its common words: built once per lexicon and list. */
function wordsOf(lexicon: Lexicon, allowCaps: readonly string[]): { allowed: Set<string>; common: Set<string> } {
  let byList = wordSets.get(lexicon);
  if (!byList) wordSets.set(lexicon, (byList = new Map()));
  const key = allowCaps.join('\n');
  let sets = byList.get(key);
  if (!sets) {
    sets = {
      allowed: new Set([...lexicon.acronyms, ...allowCaps].map((w) => w.toUpperCase())),
      common: new Set([...lexicon.stopwords, ...(lexicon.emphasis ?? [])].map((w) => w.toLowerCase())),
    };
    if (byList.size >= 256) byList.clear();
    byList.set(key, sets);
  }
  return sets;
}

/** Letters only, and every one a capital ("PFAS", "NEVER"; not "Ok", "3D"). */
function capitals(word: Span): string | undefined {
  // A small a–z anywhere: most words ("sorry", "Friday"), decided without a regex.
  for (let i = 0; i < word.text.length; i++) {
    const code = word.text.charCodeAt(i);
    if (code >= 97 && code <= 122) return undefined;
  }
  const letters = word.text.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase() ? letters : undefined;
}

/**
 * Shouting is a word in capitals that is an ordinary word ("NEVER", "NOT") or too long to be an
 * abbreviation, or a run of several such words ("THIS IS UNACCEPTABLE"). A lone short word in capitals
 * that is not a common word is an acronym ("PFAS", "GDPR", "KYC") and is fine, like the listed ones and
 * the playbook's own (tone.allowCaps).
 */
export const noCaps: ToneRule = {
  id: 'no-caps',
  severity: 'warning',
  aspect: 'friendly',
  description: 'No words in capitals (shouting); acronyms and brand names are fine.',
  check({ words, lexicon, allowCaps }) {
    const { allowed, common } = wordsOf(lexicon, allowCaps);
    const caps = words.map((w) => { const letters = capitals(w); return letters && !allowed.has(w.text.toUpperCase()) ? letters : undefined; });
    const out: RawFinding[] = [];
    words.forEach((word, i) => {
      const letters = caps[i];
      if (!letters || letters.length < 3 && !(caps[i - 1] || caps[i + 1])) return;
      const inRun = !!(caps[i - 1] || caps[i + 1]);
      if (inRun || letters.length > 5 || common.has(letters.toLowerCase())) out.push({ start: word.start, end: word.end });
    });
    return out;
  },
};
