// Which language a text is in, among the ones we have word lists for: the one whose frequent words
// (and distinctive letters) appear most. Short texts fall back to the default.
import { LEXICONS } from './lexicons/index.js';
import { words } from './text.js';

const LETTERS: Record<string, RegExp> = { de: /[äöüß]/gi, sv: /[åäö]/gi, nl: /ij|oe|ui/gi };

export function detectLocale(text: string, candidates: readonly string[] = Object.keys(LEXICONS), fallback = 'en'): string {
  const tokens = words(text.toLowerCase()).map((w) => w.text);
  let best = fallback;
  let bestScore = 0;
  for (const locale of candidates) {
    const lexicon = LEXICONS[locale];
    if (!lexicon) continue;
    const stop = new Set(lexicon.stopwords);
    let score = tokens.filter((t) => stop.has(t)).length;
    score += ((text.match(LETTERS[locale] ?? /$^/g) ?? []).length) * 0.5;
    if (score > bestScore) { best = locale; bestScore = score; }
  }
  return best;
}
