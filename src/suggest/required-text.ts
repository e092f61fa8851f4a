// What a regex cannot match without: a set of strings such that every match contains at least one
// of them, read from the pattern itself. Compiling the signal patterns was most of what reading a
// comment cost (V8 compiles a regex on its first use, ~0.3 ms for each of these large ones), and
// most comments contain none of a pattern's words: `String.includes` says so without compiling it.
// Working out less than is required is always safe (a shorter string, or none: the regex just runs).
// Run at build time (scripts/build-signal-gates.mjs): reading the patterns at start-up took ~11 ms.

/** Strings one of which is in every match; undefined when the pattern promises none. */
export type Required = string[] | undefined;

interface Parsed {
  required: Required;
  /** Where reading stopped in the source. */
  next: number;
}

/**
 * Reads `source` (a regex without the `i` flag; with it, compare lower-cased text against
 * lower-cased strings). Plain characters in a row make a string; anything else (a class, an
 * escape like \s or \b, a dot, a quantified character, a lookaround) ends one.
 */
export function requiredText(source: string): Required {
  try {
    const { required, next } = alternation(source, 0);
    return next === source.length ? required : undefined;
  } catch {
    return undefined; // a construct this reader does not know: no promise
  }
}

/** `a|b|c` up to a `)` or the end: every alternative must promise something. */
function alternation(source: string, at: number): Parsed {
  const options: string[] = [];
  let promised = true;
  let i = at;
  for (;;) {
    const part = sequence(source, i);
    if (part.required === undefined) promised = false;
    else options.push(...part.required);
    i = part.next;
    if (source[i] !== '|') break;
    i++;
  }
  return { required: promised ? [...new Set(options)] : undefined, next: i };
}

/** Atoms in a row: the best of what they promise (the longest shortest string). */
function sequence(source: string, at: number): Parsed {
  let best: Required;
  const consider = (candidate: Required) => {
    if (candidate === undefined || candidate.length === 0) return;
    if (best === undefined || shortest(candidate) > shortest(best)) best = candidate;
  };
  let run = '';
  const endRun = () => {
    if (run) consider([run]);
    run = '';
  };
  let i = at;
  while (i < source.length && source[i] !== '|' && source[i] !== ')') {
    const atom = readAtom(source, i);
    const quantifier = readQuantifier(source, atom.next);
    const optional = quantifier !== undefined && quantifier.min === 0;
    if (atom.literal !== undefined && quantifier === undefined) {
      run += atom.literal;
    } else {
      endRun();
      if (!optional && atom.required !== undefined) consider(atom.required);
    }
    i = quantifier?.next ?? atom.next;
  }
  endRun();
  return { required: best, next: i };
}

const shortest = (strings: string[]) => Math.min(...strings.map((s) => s.length));

interface Atom {
  /** A plain character. */
  literal?: string;
  /** For a group: what it promises. */
  required?: Required;
  next: number;
}

function readAtom(source: string, i: number): Atom {
  const c = source[i];
  if (c === '(') {
    if (source.startsWith('(?=', i) || source.startsWith('(?!', i) || source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) {
      // A lookaround matches no text of its own.
      const start = source.startsWith('(?<', i) ? i + 4 : i + 3;
      const inner = alternation(source, start);
      return { next: closing(source, inner.next) };
    }
    let start = i + 1;
    if (source.startsWith('(?:', i)) start = i + 3;
    else if (source.startsWith('(?<', i)) start = source.indexOf('>', i) + 1;
    else if (source[i + 1] === '?') throw new Error('unknown group');
    const inner = alternation(source, start);
    return { required: inner.required, next: closing(source, inner.next) };
  }
  if (c === '[') return { next: classEnd(source, i) };
  if (c === '\\') {
    const e = source[i + 1];
    if (e === undefined) throw new Error('trailing backslash');
    if (e === 'p' || e === 'P') return { next: source.indexOf('}', i) + 1 };
    if (e === 'u' && source[i + 2] === '{') return { next: source.indexOf('}', i) + 1 };
    if (e === 'u') return { next: i + 6 };
    if (e === 'x') return { next: i + 4 };
    if (e === 'c') return { next: i + 3 };
    if (e === 'k') return { next: source.indexOf('>', i) + 1 };
    // A punctuation character escaped is itself; a letter or digit is a class, an assertion or a reference.
    return /[A-Za-z0-9]/.test(e) ? { next: i + 2 } : { literal: e, next: i + 2 };
  }
  if (c === '.' || c === '^' || c === '$') return { next: i + 1 };
  if ('*+?{'.includes(c)) throw new Error('quantifier without an atom');
  return { literal: c, next: i + 1 };
}

function readQuantifier(source: string, i: number): { min: number; next: number } | undefined {
  const c = source[i];
  let min: number;
  let next: number;
  if (c === '*' || c === '?') [min, next] = [0, i + 1];
  else if (c === '+') [min, next] = [1, i + 1];
  else if (c === '{') {
    const m = /^\{(\d+)(?:,\d*)?\}/.exec(source.slice(i));
    if (!m) return undefined; // a literal "{"
    [min, next] = [Number(m[1]), i + m[0].length];
  } else return undefined;
  if (source[next] === '?') next++; // lazy
  return { min, next };
}

function closing(source: string, i: number): number {
  if (source[i] !== ')') throw new Error('unclosed group');
  return i + 1;
}

/** After a character class; in JavaScript the first `]` closes it (`[]` is a class too). */
function classEnd(source: string, i: number): number {
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === '\\') j++;
    else if (source[j] === ']') return j + 1;
  }
  throw new Error('unclosed class');
}

/** Whether `text` may match: it holds one of the required strings, or nothing is promised. */
export function mayMatch(required: Required, text: string): boolean {
  return required === undefined || required.some((s) => text.includes(s));
}
