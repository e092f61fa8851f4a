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

/**
 * Words a prefix negates ("un" + "friendly", "on" + "vriendelijk", "o" + "trevlig"): the words people
 * use of staff and service. A list, not a rule: most words that begin so are no negation ("ordentligt",
 * "ontvangen", "unterwegs"), and reading them as one lost what the engine had learned of them.
 */
const NEGATABLE: Record<string, { prefix: string; words: string[] }> = {
  en: { prefix: 'un', words: ['friendly', 'helpful', 'polite', 'professional', 'reliable', 'acceptable', 'happy', 'satisfied', 'pleasant', 'kind', 'fair', 'responsive', 'reachable', 'available', 'usable', 'believable', 'reasonable', 'courteous'] },
  nl: { prefix: 'on', words: ['vriendelijk', 'behulpzaam', 'beleefd', 'professioneel', 'betrouwbaar', 'acceptabel', 'tevreden', 'duidelijk', 'bereikbaar', 'aardig', 'prettig', 'redelijk', 'eerlijk', 'bruikbaar', 'beschoft'] },
  de: { prefix: 'un', words: ['freundlich', 'höflich', 'hilfsbereit', 'professionell', 'zuverlässig', 'akzeptabel', 'zufrieden', 'verschämt', 'fair', 'angenehm', 'erreichbar', 'brauchbar', 'seriös', 'klar', 'glaublich', 'möglich'] },
  sv: { prefix: 'o', words: ['trevlig', 'vänlig', 'hjälpsam', 'artig', 'proffsig', 'professionell', 'pålitlig', 'acceptabel', 'nöjd', 'rimlig', 'begriplig', 'seriös', 'tydlig', 'trovärdig', 'användbar', 'trevligt', 'vänligt'] },
};
const negatableStems = new Map<string, ReadonlySet<string>>();

/** The stem of the word a prefix negates, if it is one of those. */
function unprefixed(word: string, locale: string): string | undefined {
  const language = locale.split('-')[0];
  const negatable = NEGATABLE[language];
  if (!negatable || !word.startsWith(negatable.prefix)) return undefined;
  let stems = negatableStems.get(language);
  if (!stems) negatableStems.set(language, (stems = new Set(negatable.words.map((w) => stem(w, language)))));
  const other = stem(word.slice(negatable.prefix.length), language);
  return stems.has(other) ? other : undefined;
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
