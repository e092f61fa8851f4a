// What the engine looks at in a comment: word stems (negated ones apart), pairs of words, the parts of
// compound words it knows ("klantenservicemedewerker" holds "klantenservic"), and the signals that are
// not words (links, "?", emoji, personal data, threats). Each feature keeps the text that shows it.
import { MAX_READ, signals, type Signal } from './patterns.js';
import { tokenize, type Token } from './tokens.js';

export interface Feature {
  id: string;
  /** The words or signal behind it, for the reasons a suggestion gives. */
  text: string;
}

export interface Reading {
  locale: string;
  tokens: Token[];
  signals: Signal[];
  features: Feature[];
}

/** Shortest known stem that counts as a part of a compound word. */
const MIN_PART = 4;
/** Longest word read for parts, and longest part: real compounds are shorter; "hahaha…" is not one. */
const MAX_COMPOUND = 40;
const MAX_PART = 20;


/**
 * Reads a comment in a language. `known` (stems seen in training) lets a compound word count as
 * the known words inside it, as people write them in Dutch, German and Swedish.
 */
export function read(text: string, locale: string, known?: ReadonlySet<string>): Reading {
  const comment = text.slice(0, MAX_READ);
  const tokens = tokenize(comment, locale);
  const found = signals(comment);
  const features = wordFeatures(tokens, known);
  const seen = new Set(features.map((f) => f.id));
  for (const signal of found) {
    if (!seen.has(`s:${signal.kind}`)) features.push({ id: `s:${signal.kind}`, text: signal.text });
    seen.add(`s:${signal.kind}`);
  }
  return { locale, tokens, signals: found, features };
}

/** The features of words alone (a hint phrase has no links or emoji to look for). */
export function wordFeatures(tokens: Token[], known?: ReadonlySet<string>): Feature[] {
  const features: Feature[] = [];
  const seen = new Set<string>();
  const add = (id: string, text: string) => {
    if (seen.has(id)) return;
    seen.add(id);
    features.push({ id, text });
  };
  tokens.forEach((token, i) => {
    add(`${token.negated ? 'n' : 'w'}:${token.stem}`, token.word);
    const next = tokens[i + 1];
    if (next && next.negated === token.negated) add(`b:${token.stem} ${next.stem}`, `${token.word} ${next.word}`);
    if (known && token.word.length >= 2 * MIN_PART && token.word.length <= MAX_COMPOUND) for (const part of compoundParts(token.word, token.stem, known)) add(`${token.negated ? 'n' : 'w'}:${part}`, token.word);
  });
  return features;
}

/** Known stems inside a long word (not the word's own stem). */
export function compoundParts(word: string, ownStem: string, known: ReadonlySet<string>): string[] {
  const parts: string[] = [];
  for (let from = 0; from <= word.length - MIN_PART; from++) {
    for (let to = Math.min(word.length, from + MAX_PART); to - from >= MIN_PART; to--) {
      const piece = word.slice(from, to);
      if (piece !== ownStem && piece !== word && known.has(piece)) {
        parts.push(piece);
        break;
      }
    }
  }
  return parts;
}
