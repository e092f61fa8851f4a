// A comment as words: lower-cased, stemmed in its language, with the words a negation covers marked
// ("not bad", "niet slecht", "nicht schlecht", "inte dåligt"), and with their place in the text so a
// suggestion can quote the words that drove it.
import { normalize } from './normalize.js';
import { stem } from './stem.js';

export { normalize };

export interface Token {
  /** The word as written, lower-cased. */
  word: string;
  stem: string;
  /** Inside the scope of a negation word (the next few words, up to punctuation). */
  negated: boolean;
  /**
   * A word that negates another by its prefix ("unfriendly", "onvriendelijk", "unfreundlich",
   * "otrevlig"): the other word's stem. Such a word holds the other's letters, and read only as
   * pieces it counted as that word: "Das Personal war unfreundlich" was suggested as praise (96%).
   */
  unprefixed?: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Words that flip the meaning of the few words after them. */
export const NEGATORS: Record<string, ReadonlySet<string>> = {
  en: new Set(['not', 'no', 'never', "n't", "don't", "doesn't", "didn't", "isn't", "wasn't", "aren't", "can't", 'cannot', "won't", 'nothing', 'hardly']),
  nl: new Set(['niet', 'geen', 'nooit', 'niks', 'niets', 'nergens']),
  de: new Set(['nicht', 'kein', 'keine', 'keinen', 'keiner', 'nie', 'niemals', 'nichts']),
  sv: new Set(['inte', 'ej', 'ingen', 'inget', 'inga', 'aldrig', 'icke']),
};
const SCOPE = 3;

/** Prefixes that negate the word they begin, and words that only look so ("onderweg", "unterwegs"). */
const NEGATING_PREFIXES: Record<string, { prefix: string; not?: RegExp }> = {
  en: { prefix: 'un', not: /^un(?:der|til|ique|ion|it|iver|less)/ },
  nl: { prefix: 'on', not: /^on(?:der|ze|line)/ },
  de: { prefix: 'un', not: /^un(?:ter|ser|d$|s$|gefähr|iversit)/ },
  sv: { prefix: 'o' },
};
/** Letters the negated word must have at least: "uncle" and "onze" are not "cle" and "ze" negated. */
const MIN_NEGATED = 5;

/** The stem of the word a prefix negates, if it does. */
function unprefixed(word: string, locale: string): string | undefined {
  const negating = NEGATING_PREFIXES[locale.split('-')[0]];
  if (!negating || !word.startsWith(negating.prefix) || word.length - negating.prefix.length < MIN_NEGATED) return undefined;
  if (negating.not?.test(word) || !/^\p{L}+$/u.test(word)) return undefined;
  return stem(word.slice(negating.prefix.length), locale);
}


export function tokenize(text: string, locale: string): Token[] {
  const normal = normalize(text);
  const negators = NEGATORS[locale.split('-')[0]] ?? NEGATORS.en;
  const tokens: Token[] = [];
  let scope = 0;
  let last = 0;
  for (const match of normal.matchAll(WORD)) {
    const start = match.index!;
    // Punctuation between words ends a negation's scope: "not great, but fine".
    if (/[.,;:!?()]/.test(normal.slice(last, start))) scope = 0;
    const word = match[0];
    const isNegator = negators.has(word) || (locale.startsWith('en') && word.endsWith("n't"));
    const token: Token = { word, stem: stem(word.replace(/'s$/, ''), locale), negated: scope > 0 && !isNegator, start, end: start + word.length };
    const other = unprefixed(word, locale);
    if (other !== undefined) token.unprefixed = other;
    tokens.push(token);
    scope = isNegator ? SCOPE : Math.max(0, scope - 1);
    last = start + word.length;
  }
  return tokens;
}

/** Is this word a negation in that language? (A hint that contains one, "not working", is matched as written.) */
export function isNegator(word: string, locale: string): boolean {
  return (NEGATORS[locale.split('-')[0]] ?? NEGATORS.en).has(word) || (locale.startsWith('en') && word.endsWith("n't"));
}
