// Which language a text is in, among the ones we have word lists for: the one whose frequent words
// (and distinctive letters) appear most. Short texts fall back to the default.
import { LEXICONS } from './lexicons/index.js';
import { words } from './text.js';

const LETTERS: Record<string, RegExp> = { de: /[äöüß]/gi, sv: /[åäö]/gi, nl: /ij|oe|ui/gi };

export function detectLocale(text: string, candidates: readonly string[] = Object.keys(LEXICONS), fallback = 'en'): string {
  // Nothing to choose between (a playbook in one language): the answer is known without reading.
  if (candidates.length === 1 && candidates[0] === fallback) return fallback;
  return detectLocaleWithConfidence(text, candidates, fallback).locale;
}

const STOPWORDS = new Map<string, Set<string>>();
function stopwordSet(locale: string, words: readonly string[]): Set<string> {
  let set = STOPWORDS.get(locale);
  if (!set) STOPWORDS.set(locale, (set = new Set(words)));
  return set;
}

/** The language, and how sure: its share of the evidence for all candidates (0 when there is none). */
export function detectLocaleWithConfidence(text: string, candidates: readonly string[] = Object.keys(LEXICONS), fallback = 'en'): { locale: string; confidence: number } {
  const tokens = words(text.toLowerCase()).map((w) => w.text);
  let best = fallback;
  let bestScore = 0;
  let total = 0;
  for (const locale of candidates) {
    const lexicon = LEXICONS[locale];
    if (!lexicon) continue;
    const stop = stopwordSet(locale, lexicon.stopwords);
    let score = tokens.filter((t) => stop.has(t)).length;
    score += ((text.match(LETTERS[locale] ?? /$^/g) ?? []).length) * 0.5;
    total += score;
    if (score > bestScore) { best = locale; bestScore = score; }
  }
  return { locale: best, confidence: total > 0 ? Math.round((bestScore / total) * 100) / 100 : 0 };
}
