// Splitting a drafted reply into the pieces the checks look at, keeping character offsets so every
// finding can point at its words (line:col).
import { isSpace } from '../whitespace.js';
import { escapeRegExp } from '../regex-escape.js';
import { lazy } from '../lazy.js';

export interface Span {
  text: string;
  start: number;
  end: number;
}

const SIGN_OFF = /^\s*(?:[–—-]|\/|\^)\s*\S.{0,60}$/;

/** A sign-off after the last sentence on its line: "… on its way. – Sam" (a dash, ^ or / after a space). */
const TRAILING_SIGN_OFF = /(?<=[.!?…)]\s*)\s(?:[–—-]|\/|\^)\s*[^\s.!?][^.!?\n]{0,40}\s*$/;

/** Lines that sign the reply ("– Sam, Brightline"), or the end of the last line that does: not sentences, but a friendly close. */
export function signOffLines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (SIGN_OFF.test(line) && line.trim().split(/\s+/).length <= 8) out.push({ text: line, start, end: start + line.length });
    start += line.length + 1;
  }
  if (out.length === 0) {
    const trailing = TRAILING_SIGN_OFF.exec(text);
    const signature = trailing?.[0].trim();
    if (trailing && signature!.split(/\s+/).length <= 6) {
      const from = trailing.index + trailing[0].indexOf(signature![0]);
      out.push({ text: signature!, start: from, end: from + signature!.length });
    }
  }
  return out;
}

/** Sentences of the reply body (sign-off lines excluded); a line break also ends a sentence. */
export function sentences(text: string, signOffs = signOffLines(text)): Span[] {
  const out: Span[] = [];
  const push = (from: number, to: number) => {
    const raw = text.slice(from, to);
    const startOffset = from + (raw.length - raw.trimStart().length);
    const trimmed = raw.trim();
    if (!trimmed || signOffs.some((s) => startOffset >= s.start && startOffset < s.end)) return;
    out.push({ text: trimmed, start: startOffset, end: startOffset + trimmed.length });
  };
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') { push(start, i); start = i + 1; continue; }
    // ".", "!" or "?" ends a sentence only before a space or the end: "example.com" does not.
    if ((c === '.' || c === '!' || c === '?') && (i + 1 === text.length || /[\s"'”’)]/.test(text[i + 1]) || /[.!?]/.test(text[i + 1]))) {
      let end = i + 1;
      while (end < text.length && /[.!?"'”’)]/.test(text[end])) end++;
      push(start, end);
      start = end;
      i = end - 1;
    }
  }
  push(start, text.length);
  return out;
}

// Words: a letter or digit, then letters, digits, apostrophes and hyphens, as /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu finds them.
export function words(text: string): Span[] {
  return scan(text).tokens;
}

// The tokenizer is lint's hot loop (every rendered variant goes through it): a scan by character code,
// with ASCII decided by a table and other characters by the pattern's own classes (remembered per
// character), so it finds exactly what the pattern finds, without a match object per word (about twice
// as fast, lower-casing included).
// tests/tone/words.test.ts holds the two equal.
const normalizeWord = (word: string) => (word.includes('’') ? word.toLowerCase().replace(/’/g, "'") : word.toLowerCase());
const ASCII_CLASS = new Uint8Array(128); // 1: letter or digit; 2: also inside a word (' and -)
for (let c = 0; c < 128; c++) if (/[A-Za-z0-9]/.test(String.fromCharCode(c))) ASCII_CLASS[c] = 1;
ASCII_CLASS[39] = ASCII_CLASS[45] = 2;
const LETTER_OR_DIGIT = lazy(() => /^[\p{L}\p{N}]$/u); // most texts need only the ASCII table
const otherClass = new Map<number, number>();

/** 1 for a letter or digit, 2 for the apostrophes and hyphen a word may hold, 0 for the rest. */
function charClass(code: number): number {
  if (code < 128) return ASCII_CLASS[code];
  if (code === 0x2019) return 2;
  let known = otherClass.get(code);
  if (known === undefined) otherClass.set(code, known = LETTER_OR_DIGIT().test(String.fromCodePoint(code)) ? 1 : 0);
  return known;
}

/** The words and their normalized forms (lower case, ’ as '); a word of small ASCII letters is its own. */
function scan(text: string): Tokens {
  const tokens: Span[] = [];
  const lower: string[] = [];
  const length = text.length;
  for (let i = 0; i < length;) {
    const first = text.codePointAt(i)!;
    if (charClass(first) !== 1) { i += first > 0xffff ? 2 : 1; continue; }
    const start = i;
    let plain = first >= 97 && first <= 122 || first >= 48 && first <= 57;
    i += first > 0xffff ? 2 : 1;
    while (i < length) {
      const code = text.codePointAt(i)!;
      if (charClass(code) === 0) break;
      if (plain && !(code >= 97 && code <= 122 || code >= 48 && code <= 57 || code === 39 || code === 45)) plain = false;
      i += code > 0xffff ? 2 : 1;
    }
    const word = text.slice(start, i);
    tokens.push({ text: word, start, end: i });
    lower.push(plain ? word : normalizeWord(word));
  }
  return { tokens, lower };
}

/** Paragraphs: blocks separated by a blank line. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/(?:[^\n]+\n?)+/g)) {
    if (m[0].trim()) out.push({ text: m[0].trim(), start: m.index!, end: m.index! + m[0].trimEnd().length });
  }
  return out;
}

/** A phrase as a regular-expression source: whole words, any spacing, either apostrophe. */
function phraseSource(phrase: string): string {
  // A trailing "*" matches inflected forms: "belachelijk*" finds "belachelijke".
  const stem = phrase.endsWith('*');
  const words = stem ? phrase.slice(0, -1) : phrase;
  const body = escapeRegExp(words).replace(/\s+/g, '\\s+').replace(/'/g, "['’]");
  const left = /^[\p{L}\p{N}]/u.test(words) ? '(?<![\\p{L}\\p{N}])' : '';
  const right = stem ? '[\\p{L}]*' : /[\p{L}\p{N}]$/u.test(words) ? '(?![\\p{L}\\p{N}])' : '';
  return `${left}${body}${right}`;
}

const single = new Map<string, RegExp>();

const spans = (text: string, regex: RegExp): Span[] =>
  [...text.matchAll(regex)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));

/** Every whole-word, case-insensitive occurrence of a phrase. */
export function findPhrase(text: string, phrase: string): Span[] {
  let regex = single.get(phrase);
  if (!regex) {
    regex = new RegExp(phraseSource(phrase), 'giu');
    single.set(phrase, regex);
  }
  return spans(text, regex);
}

interface IndexedPhrase {
  words: string[];
  stem: boolean;
  /** Punctuation right after the last word ("here:", "actually,"). */
  suffix: string;
}

interface PhraseIndex {
  /** Phrases made of plain words (and trailing punctuation), by their first word: matched on the text's words. */
  byFirstWord: Map<string, IndexedPhrase[]>;
  /** One-word stems ("belachelijk*"), matched on words that start with them. */
  stems: IndexedPhrase[];
  /** Phrases with other punctuation ("http://", "!!!"): matched with a regular expression. */
  other: RegExp | undefined;
}

const indexes = new WeakMap<readonly string[], PhraseIndex>();

/**
 * A phrase as the words it is made of, a trailing "*" (any ending) or punctuation ("here:"); undefined
 * when only a regular expression can find it. Read with the word tokenizer the texts go through: a
 * separate Unicode pattern to tell plain phrases cost ~0.5 ms to compile in every process that checks.
 */
function asWords(phrase: string): IndexedPhrase | undefined {
  const stem = phrase.endsWith('*');
  const body = stem ? phrase.slice(0, -1) : phrase;
  const tokens = words(body);
  if (tokens.length === 0 || tokens[0].start !== 0) return undefined;
  for (let k = 1; k < tokens.length; k++) if (!/^ +$/.test(body.slice(tokens[k - 1].end, tokens[k].start))) return undefined;
  const suffix = body.slice(tokens[tokens.length - 1].end);
  if (suffix && (stem || /\s/.test(suffix))) return undefined;
  return { words: tokens.map((token) => normalizeWord(token.text)), stem, suffix };
}

function phraseIndex(phrases: readonly string[]): PhraseIndex {
  let index = indexes.get(phrases);
  if (index) return index;
  const byFirstWord = new Map<string, IndexedPhrase[]>();
  const other: string[] = [];
  for (const phrase of phrases) {
    const indexed = asWords(phrase);
    if (!indexed) { other.push(phrase); continue; }
    const list = byFirstWord.get(indexed.words[0]) ?? [];
    list.push(indexed);
    byFirstWord.set(indexed.words[0], list);
  }
  // Longest first, so "thanks a lot" wins over "thanks", and "here:" over "here".
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length || b.suffix.length - a.suffix.length);
  index = {
    byFirstWord,
    stems: [...byFirstWord.values()].flat().filter((p) => p.stem && p.words.length === 1),
    other: other.length ? new RegExp(other.sort((a, b) => b.length - a.length).map((p) => `(?:${phraseSource(p)})`).join('|'), 'giu') : undefined,
  };
  indexes.set(phrases, index);
  for (const word of byFirstWord.keys()) if (!anyFirstWord.has(word)) { anyFirstWord.add(word); startsKnown++; }
  for (const { words: [stem] } of index.stems) if (!anyStem.includes(stem)) { anyStem.push(stem); startsKnown++; }
  return index;
}

// Most of a reply's words start no phrase of any list: each text's words that may (the first word of a
// phrase in some list indexed so far, or a word a stem begins) are found once, and findAny, called
// some 20 times a reply with as many lists, looks only at those. A list indexed later, with new
// words, makes the texts' starts be found again.
const anyFirstWord = new Set<string>();
const anyStem: string[] = [];
/** How many first words and stems anyFirstWord and anyStem hold: a text's starts found with fewer are stale. */
let startsKnown = 0;

/** Positions of the words that may start a phrase of any indexed list, in order. */
function phraseStarts(entry: Tokens): number[] {
  if (entry.starts && entry.startsKnown === startsKnown) return entry.starts;
  const starts: number[] = [];
  const { lower } = entry;
  for (let i = 0; i < lower.length; i++) {
    const word = lower[i];
    if (anyFirstWord.has(word) || (anyStem.length > 0 && anyStem.some((stem) => word.startsWith(stem)))) starts.push(i);
  }
  entry.starts = starts;
  entry.startsKnown = startsKnown;
  return starts;
}

/** A text's words and their normalized forms. */
interface Tokens {
  tokens: Span[];
  lower: string[];
  /** phraseStarts's answer, and how many first words and stems it knew of. */
  starts?: number[];
  startsKnown?: number;
}

// The checks look up many phrase lists in the same few texts: tokenize each text once. Kept for one
// reply at a time (checkTone starts afresh). Dropped by replacing the Map, never by Map#clear: a
// cleared Map kept V8's scavenger copying and promoting what it had held (20,000 replies tokenized
// 240 ms with clear(), 68 ms with a new Map, and lint of 1,000 playbooks spent 12% in GC).
let tokenCache = new Map<string, Tokens>();

/** Drops the tokens of earlier texts. */
export function forgetTokens(): void {
  tokenCache = new Map();
}

export function tokenized(text: string): Tokens {
  let entry = tokenCache.get(text);
  if (!entry) {
    entry = scan(text);
    remember(text, entry);
  }
  return entry;
}

/**
 * Has a part of a tokenized text (a sentence) known by its words in the whole: a word never spans a
 * sentence's end (. ! ? and spaces are not in words), so they are the whole's words from that point,
 * and the checks that look phrases up per sentence do not tokenize each sentence again.
 */
export function shareTokens(part: Span, whole: Tokens): void {
  if (tokenCache.has(part.text)) return;
  const tokens: Span[] = [];
  const lower: string[] = [];
  for (let i = 0; i < whole.tokens.length; i++) {
    const token = whole.tokens[i];
    if (token.start < part.start) continue;
    if (token.end > part.end) break;
    tokens.push({ text: token.text, start: token.start - part.start, end: token.end - part.start });
    lower.push(whole.lower[i]);
  }
  remember(part.text, { tokens, lower });
}

function remember(text: string, entry: Tokens): void {
  if (tokenCache.size >= 256) forgetTokens();
  tokenCache.set(text, entry);
}

/** Occurrences of any of the phrases, in order; where several start at one word the longest wins. */
export function findAny(text: string, phrases: readonly string[]): Span[] {
  const index = phraseIndex(phrases);
  const entry = tokenized(text);
  const { tokens, lower } = entry;
  const out: Span[] = [];
  let next = 0; // a phrase found ends before this word: none starts inside it
  for (const i of phraseStarts(entry)) {
    if (i < next) continue;
    const candidates = index.byFirstWord.get(lower[i]) ?? index.stems;
    for (const candidate of candidates) {
      const n = candidate.words.length;
      if (i + n > tokens.length) continue;
      let ok = true;
      for (let k = 0; k < n && ok; k++) {
        const last = k === n - 1;
        ok = candidate.stem && last ? lower[i + k].startsWith(candidate.words[k]) : lower[i + k] === candidate.words[k];
        // Words of a phrase are separated by spaces only.
        if (ok && k > 0) ok = onlySpace(text, tokens[i + k - 1].end, tokens[i + k].start);
      }
      if (ok && candidate.suffix) ok = text.startsWith(candidate.suffix, tokens[i + n - 1].end);
      if (ok) {
        const end = tokens[i + n - 1].end + candidate.suffix.length;
        out.push({ text: text.slice(tokens[i].start, end), start: tokens[i].start, end });
        next = i + n;
        break;
      }
    }
  }
  if (!index.other) return out; // found in order
  out.push(...spans(text, index.other));
  return out.sort((a, b) => a.start - b.start);
}

/** Whether text[from, to) is whitespace, and not empty (what /^\s+$/ says of the slice). */
function onlySpace(text: string, from: number, to: number): boolean {
  if (from >= to) return false;
  for (let i = from; i < to; i++) if (!isSpace(text[i])) return false;
  return true;
}
