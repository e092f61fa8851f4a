// The playbook's hints ("still waiting", "refund"), matched the way people write: any word form
// ("Slechte" for "slecht", "Heard" for "heard"), a longer word that starts with the hint ("your" for
// "you", "Lieferverzögerung" for "liefer"), never under a negation ("not bad" is no complaint), and
// hints like "http://" anywhere in the text.
import type { Feature, Reading } from './features.js';
import { isNegator, normalize, tokenize, type Token } from './tokens.js';

export interface CompiledHint {
  /** As written in the playbook, quoted in the reasons. */
  text: string;
  locale: string;
  /** Word by word; empty for a hint that is not made of words ("http://"). */
  words: { word: string; stem: string }[];
  negates: boolean;
}

export function compileHint(text: string, locale: string): { hint: CompiledHint; tokens: Token[] } {
  const normal = normalize(text).trim();
  const wordLike = /^[\p{L}\p{N}]/u.test(normal) && /[\p{L}\p{N}]$/u.test(normal);
  const tokens = wordLike ? tokenize(normal, locale) : [];
  const words = tokens.map((t) => ({ word: t.word, stem: t.stem }));
  return { hint: { text, locale, words, negates: words.some((w) => isNegator(w.word, locale)) }, tokens };
}

/** Does the hint occur in the comment? The matched words, as written, or undefined. */
export function matchHint(hint: CompiledHint, tokens: Token[], normalText: string): string | undefined {
  if (hint.words.length === 0) return normalText.includes(normalize(hint.text)) ? hint.text : undefined;
  const n = hint.words.length;
  for (let i = 0; i + n <= tokens.length; i++) {
    let ok = true;
    for (let j = 0; j < n && ok; j++) ok = wordMatches(hint.words[j], tokens[i + j], j === n - 1);
    if (!ok) continue;
    const span = tokens.slice(i, i + n);
    // "not bad": a hint without a negation of its own does not count where the comment negates it.
    if (!hint.negates && span.every((t) => t.negated)) continue;
    return span.map((t) => t.word).join(' ');
  }
  return undefined;
}

function wordMatches(hint: { word: string; stem: string }, token: Token, last: boolean): boolean {
  if (token.stem === hint.stem || token.word === hint.word) return true;
  // A hint word is the start of a longer word: "you" in "your", "liefer" in "lieferverzögerung".
  if (hint.word.length >= 3 && token.word.startsWith(hint.word) && (last || hint.word.length >= 4)) return true;
  // In a compound, the hint's stem may close the word: "klantenservicemedewerker" ends in "medewerker".
  return hint.word.length >= 5 && token.word.length > hint.word.length + 3 && token.word.endsWith(hint.word);
}

/** A matched hint is a feature: "h:complaint" when any complaint hint occurs in the comment. */
export function hintFeatures(hints: readonly { value: string; hint: CompiledHint }[], reading: Reading, normalText: string): (Feature & { hint: true })[] {
  const out: (Feature & { hint: true })[] = [];
  // A hint's first word must be in the comment, as a stem or inside the text (a longer word that starts
  // or ends with it): a cheap test that spares matching most of the hundreds of hints word by word.
  const stems = new Set(reading.tokens.map((t) => t.stem));
  for (const { value, hint } of hints) {
    const first = hint.words[0];
    if (first && !stems.has(first.stem) && !normalText.includes(first.word)) continue;
    const words = matchHint(hint, reading.tokens, normalText);
    if (words) out.push({ id: `h:${value}`, text: words, value: 1, hint: true });
  }
  return out;
}
