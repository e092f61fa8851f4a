// Word forms per language (Snowball stemmers from NLP.js): "Slechte" and "slecht", "dåligt" and
// "dålig", "falsche" and "falsch" meet at one stem. Each language's stemmer is loaded on demand (a
// suggestion needs only the comment's); a language not loaded, or unknown, keeps the word as it is.
type Stemmer = { stemWord(word: string): string };

const LOADERS: Record<string, () => Promise<{ default: new () => Stemmer }>> = {
  en: () => import('@nlpjs/lang-en-min/src/stemmer-en.js'),
  nl: () => import('@nlpjs/lang-nl/src/stemmer-nl.js'),
  de: () => import('@nlpjs/lang-de/src/stemmer-de.js'),
  sv: () => import('@nlpjs/lang-sv/src/stemmer-sv.js'),
};
const loaded = new Map<string, Stemmer>();
const memo = new Map<string, string>();

const languageOf = (locale: string) => locale.split('-')[0];

/** Loads the stemmers of these languages (all four by default); call before stemming. */
export async function loadStemmers(locales: readonly string[] = Object.keys(LOADERS)): Promise<void> {
  await Promise.all(locales.map(languageOf).filter((l) => LOADERS[l] && !loaded.has(l)).map(async (language) => {
    const { default: StemmerClass } = await LOADERS[language]();
    loaded.set(language, new StemmerClass());
  }));
}

/** The stem of a lower-case word in a language (en, nl, de, sv; "de-AT" counts as de). */
export function stem(word: string, locale: string): string {
  const language = languageOf(locale);
  const stemmer = loaded.get(language);
  if (!stemmer) return word;
  const key = `${language}\0${word}`;
  let out = memo.get(key);
  if (out !== undefined) return out;
  out = /^\p{L}+$/u.test(word) ? stemmer.stemWord(word) || word : word;
  if (memo.size > 50_000) memo.clear();
  memo.set(key, out);
  return out;
}
