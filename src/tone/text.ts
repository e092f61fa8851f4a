// Splitting a drafted reply into the pieces the checks look at, keeping character offsets so every
// finding can point at its words (line:col).
export interface Span {
  text: string;
  start: number;
  end: number;
}

const SIGN_OFF = /^\s*(?:[–—-]|\/|\^)\s*\S.{0,60}$/;
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** Lines that sign the reply ("– Sam, Brightline"): not sentences, but a friendly close. */
export function signOffLines(text: string): Span[] {
  const out: Span[] = [];
  let start = 0;
  for (const line of text.split('\n')) {
    if (SIGN_OFF.test(line) && line.trim().split(/\s+/).length <= 8) out.push({ text: line, start, end: start + line.length });
    start += line.length + 1;
  }
  return out;
}

/** Sentences of the reply body (sign-off lines excluded); a line break also ends a sentence. */
export function sentences(text: string): Span[] {
  const signOffs = signOffLines(text);
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

export function words(text: string): Span[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

/** Paragraphs: blocks separated by a blank line. */
export function paragraphs(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(/(?:[^\n]+\n?)+/g)) {
    if (m[0].trim()) out.push({ text: m[0].trim(), start: m.index!, end: m.index! + m[0].trimEnd().length });
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const cache = new Map<string, RegExp>();

/** Every whole-word, case-insensitive occurrence of a phrase. */
export function findPhrase(text: string, phrase: string): Span[] {
  let regex = cache.get(phrase);
  if (!regex) {
    const body = escape(phrase).replace(/\\ |\s+/g, '\\s+').replace(/'/g, "['’]");
    // A trailing "*" matches inflected forms: "belachelijk*" finds "belachelijke".
    const stem = phrase.endsWith('*');
    const core = stem ? body.slice(0, -2) : body;
    const left = /^[\p{L}\p{N}]/u.test(phrase) ? '(?<![\\p{L}\\p{N}])' : '';
    const right = stem ? '[\\p{L}]*' : /[\p{L}\p{N}]$/u.test(phrase) ? '(?![\\p{L}\\p{N}])' : '';
    regex = new RegExp(`${left}${core}${right}`, 'giu');
    cache.set(phrase, regex);
  }
  return [...text.matchAll(regex)].map((m) => ({ text: m[0], start: m.index!, end: m.index! + m[0].length }));
}

export function findAny(text: string, phrases: readonly string[]): Span[] {
  return phrases.flatMap((p) => findPhrase(text, p)).sort((a, b) => a.start - b.start || b.end - a.end);
}

/** 1-based line and column of a character offset. */
export function position(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) { line++; lineStart = i + 1; }
  return { line, column: offset - lineStart + 1 };
}
