import { phrase, renderPhrase, type Phrase } from '../i18n/phrase.js';

// "Did you mean …": the closest known name by edit distance, if it is close enough to be a typo.
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = editDistance(word.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) { best = candidate; bestDistance = d; }
  }
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

/** '; did you mean "x"?' in English, or '' when nothing is close. */
export function didYouMean(word: string, candidates: Iterable<string>): string {
  const hint = didYouMeanPhrase(word, candidates);
  return hint ? renderPhrase(hint) : '';
}

/** The same as a phrase, for diagnostics said in the reader's language. */
export function didYouMeanPhrase(word: string, candidates: Iterable<string>): Phrase | '' {
  const match = closest(word, candidates);
  return match ? phrase('hint.didYouMean', { name: match }) : '';
}

/**
 * The same, and when no name is that close, the names that hold the word as a part ("complaint" in
 * "complaint-public"): how a team meets the starter's names, which say more than its own guess.
 */
export function didYouMeanPart(word: string, candidates: readonly string[]): Phrase | '' {
  const close = didYouMeanPhrase(word, candidates);
  if (close) return close;
  const parts = candidates.filter((c) => c !== word && c.toLowerCase().split(/[-_.]/).includes(word.toLowerCase())).slice(0, 3);
  if (parts.length === 0) return '';
  return parts.length === 1 ? phrase('hint.didYouMean', { name: parts[0] }) : phrase('hint.didYouMeanOneOf', { list: parts.map((p) => `"${p}"`).join(', ') });
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost);
    }
    previous = current;
  }
  return previous[b.length];
}
