// Word forms per language (Snowball stemmers from NLP.js): "Slechte" and "slecht", "dåligt" and
// "dålig", "falsche" and "falsch" meet at one stem. Unknown languages keep the word as it is.
import StemmerDe from '@nlpjs/lang-de/src/stemmer-de.js';
import StemmerEn from '@nlpjs/lang-en-min/src/stemmer-en.js';
import StemmerNl from '@nlpjs/lang-nl/src/stemmer-nl.js';
import StemmerSv from '@nlpjs/lang-sv/src/stemmer-sv.js';

const STEMMERS: Record<string, new () => { stemWord(word: string): string }> = { en: StemmerEn, nl: StemmerNl, de: StemmerDe, sv: StemmerSv };
const made = new Map<string, { stemWord(word: string): string }>();
const memo = new Map<string, string>();

/** The stem of a lower-case word in a language (en, nl, de, sv; "de-AT" counts as de). */
export function stem(word: string, locale: string): string {
  const language = locale.split('-')[0];
  const key = `${language}\0${word}`;
  let out = memo.get(key);
  if (out !== undefined) return out;
  let stemmer = made.get(language);
  if (!stemmer && STEMMERS[language]) made.set(language, (stemmer = new STEMMERS[language]()));
  out = stemmer && /^\p{L}+$/u.test(word) ? stemmer.stemWord(word) || word : word;
  if (memo.size > 50_000) memo.clear();
  memo.set(key, out);
  return out;
}
