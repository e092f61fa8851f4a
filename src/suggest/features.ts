// What the engine looks at in a comment: word stems (negated ones apart), pairs of words, pieces of
// words (they carry inflections, typos, words typed without umlauts and the parts of compounds like
// "klantenservicemedewerker") and the signals that are not words (links, "?", emoji, personal data,
// threats). Each feature keeps the word or signal that shows it, for the reasons.
import { MAX_READ, signals, type Signal } from './patterns.js';
import { tokenize, type Token } from './tokens.js';

export interface Feature {
  id: string;
  /** The words or signal behind it, for the reasons a suggestion gives. */
  text: string;
  /** How much it counts before the comment's features are scaled together (pieces of words count less). */
  value: number;
  /** A piece of a word, not the word. */
  piece?: true;
}

export interface Reading {
  locale: string;
  tokens: Token[];
  signals: Signal[];
  features: Feature[];
}

/**
 * Lengths of the pieces of words (a word's ends are marked: "<slec", "cht>"), and how much a piece
 * counts next to a whole word. Pieces of three letters were as good in cross-validation, but twice as many.
 */
const PIECE_MIN = 4;
const PIECE_MAX = 5;
const PIECE_VALUE = 0.5;
/** Longest word cut into pieces: real words are shorter; "hahaha…" is not one. */
const MAX_PIECED = 40;

/** Reads a comment in a language. */
export function read(text: string, locale: string): Reading {
  const comment = text.slice(0, MAX_READ);
  const tokens = tokenize(comment, locale);
  const found = signals(comment);
  const features = wordFeatures(tokens);
  const seen = new Set(features.map((f) => f.id));
  for (const signal of found) {
    if (!seen.has(`s:${signal.kind}`)) features.push({ id: `s:${signal.kind}`, text: signal.text, value: 1 });
    seen.add(`s:${signal.kind}`);
  }
  return { locale, tokens, signals: found, features };
}

/** The features of words alone (a hint phrase has no links or emoji to look for). */
export function wordFeatures(tokens: Token[]): Feature[] {
  const features: Feature[] = [];
  const seen = new Set<string>();
  const add = (id: string, text: string, value = 1, piece = false) => {
    if (seen.has(id)) return;
    seen.add(id);
    features.push(piece ? { id, text, value, piece } : { id, text, value });
  };
  tokens.forEach((token, i) => {
    add(`${token.negated ? 'n' : 'w'}:${token.stem}`, token.word);
    // "onvriendelijk" is "niet vriendelijk", and "niet onvriendelijk" is "vriendelijk"; its pieces are
    // negated ones, or they would count as the word it negates.
    const negates = token.unprefixed !== undefined;
    if (negates) add(`${token.negated ? 'w' : 'n'}:${token.unprefixed}`, token.word);
    const next = tokens[i + 1];
    if (next && next.negated === token.negated) add(`b:${token.stem} ${next.stem}`, `${token.word} ${next.word}`);
    if (token.word.length > MAX_PIECED) return;
    const marked = `<${plain(token.word)}>`;
    const prefix = token.negated !== negates ? 'N' : 'p';
    for (let n = PIECE_MIN; n <= PIECE_MAX; n++) {
      for (let at = 0; at + n <= marked.length; at++) add(`${prefix}${marked.slice(at, at + n)}`, token.word, PIECE_VALUE, true);
    }
  });
  return features;
}

/** A word as it is often typed: without accents or umlauts, "ß" as "ss". */
function plain(word: string): string {
  return /[^\x00-\x7f]/.test(word) ? word.normalize('NFD').replace(/\p{M}/gu, '').replace(/ß/g, 'ss') : word;
}
