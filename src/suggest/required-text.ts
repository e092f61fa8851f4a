// What a regex cannot match without, read from the pattern itself: for each of its top-level
// alternatives, clauses that every match of it satisfies, each clause a set of strings one of which
// the match contains ("watch (your|ur) back": watch, and back, and your or ur). Compiling the signal
// patterns was most of what reading a comment cost (V8 compiles a regex on its first use, ~0.3 ms for
// each of these large ones), and most comments lack a pattern's words: `String.includes` says so
// without compiling it. One word alone let many comments through ("waiting" for "waiting outside"):
// every clause must hold. Working out less than is required is always safe (a shorter string, a
// clause dropped, or nothing: the regex just runs). Run at build time (scripts/build-signal-gates.mjs):
// reading the patterns at start-up took ~11 ms.

/** Strings one of which is in every match. */
export type Clause = string[];
/** For each top-level alternative, clauses all of which its matches satisfy; undefined when the pattern promises nothing. */
export type Required = Clause[][] | undefined;

/** The most clauses kept for a part of a pattern: the strongest few say nearly all, and the gates stay small. */
const MAX_CLAUSES = 3;

interface Parsed {
  /** Every alternative's clauses (an empty list: that alternative promises nothing). */
  options: Clause[][];
  /** Where reading stopped in the source. */
  next: number;
}

/**
 * Reads `source` with its `flags` (a regex without the `i` flag; with it, compare lower-cased text against
 * lower-cased strings). Plain characters in a row make a string; anything else (a class, an
 * escape like \s or \b, a dot, a quantified character, a lookaround) ends one.
 */
export function requiredText(source: string, flags = ''): Required {
  try {
    const { options, next } = alternation(source, 0, flags.includes('u'));
    return next === source.length && options.every((clauses) => clauses.length > 0) ? options : undefined;
  } catch {
    return undefined; // a construct this reader does not know: no promise
  }
}

/** `a|b|c` up to a `)` or the end: each alternative's clauses. */
function alternation(source: string, at: number, unicode: boolean): Parsed {
  const options: Clause[][] = [];
  let i = at;
  for (;;) {
    const part = sequence(source, i, unicode);
    options.push(part.clauses);
    i = part.next;
    if (source[i] !== '|') break;
    i++;
  }
  return { options, next: i };
}

/**
 * A group's alternatives as clauses of its own: the j-th clause joins each alternative's j-th strongest
 * (or its last), so every match of any alternative satisfies it. None when an alternative promises nothing.
 */
function either(options: Clause[][]): Clause[] {
  if (options.some((clauses) => clauses.length === 0)) return [];
  const count = Math.max(...options.map((clauses) => clauses.length));
  const out: Clause[] = [];
  for (let j = 0; j < count; j++) out.push([...new Set(options.flatMap((clauses) => clauses[Math.min(j, clauses.length - 1)]))]);
  return strongest(out);
}

/** Atoms in a row: the clauses of each (a run of plain characters is a clause of one string). */
function sequence(source: string, at: number, unicode: boolean): { clauses: Clause[]; next: number } {
  const clauses: Clause[] = [];
  let run = '';
  const endRun = () => {
    if (run) clauses.push([run]);
    run = '';
  };
  let i = at;
  while (i < source.length && source[i] !== '|' && source[i] !== ')') {
    const atom = readAtom(source, i, unicode);
    const quantifier = readQuantifier(source, atom.next);
    const optional = quantifier !== undefined && quantifier.min === 0;
    if (atom.literal !== undefined && quantifier === undefined) {
      run += atom.literal;
    } else {
      endRun();
      if (!optional && atom.options !== undefined) clauses.push(...either(atom.options));
    }
    i = quantifier?.next ?? atom.next;
  }
  endRun();
  return { clauses: strongest(clauses), next: i };
}

/** The strongest clauses first (the longest shortest string, then the fewest strings), duplicates and the weakest dropped. */
function strongest(clauses: Clause[]): Clause[] {
  const seen = new Set<string>();
  const unique = clauses.filter((clause) => {
    const key = [...clause].sort().join('\0');
    return !seen.has(key) && seen.add(key);
  });
  return unique.sort((a, b) => shortest(b) - shortest(a) || a.length - b.length).slice(0, MAX_CLAUSES);
}

const shortest = (strings: string[]) => Math.min(...strings.map((s) => s.length));

interface Atom {
  /** A plain character. */
  literal?: string;
  /** For a group: each of its alternatives' clauses. */
  options?: Clause[][];
  next: number;
}

function readAtom(source: string, i: number, unicode: boolean): Atom {
  const c = source[i];
  if (c === '(') {
    if (source.startsWith('(?=', i) || source.startsWith('(?!', i) || source.startsWith('(?<=', i) || source.startsWith('(?<!', i)) {
      // A lookaround matches no text of its own.
      const start = source.startsWith('(?<', i) ? i + 4 : i + 3;
      const inner = alternation(source, start, unicode);
      return { next: closing(source, inner.next) };
    }
    let start = i + 1;
    if (source.startsWith('(?:', i)) start = i + 3;
    else if (source.startsWith('(?<', i)) start = source.indexOf('>', i) + 1;
    else if (source[i + 1] === '?') throw new Error('unknown group');
    const inner = alternation(source, start, unicode);
    return { options: inner.options, next: closing(source, inner.next) };
  }
  if (c === '[') {
    const next = classEnd(source, i);
    const members = classMembers(source.slice(i + 1, next - 1), unicode);
    return members ? { options: members.map((member) => [[member]]), next } : { next };
  }
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

/**
 * The characters of a class that lists them one by one (emoji: `[\u{1F52A}\u{1F5E1}]`); none for a
 * range, a negation or an escape class, nor for an emoji without the `u` flag (it matches either half).
 */
function classMembers(body: string, unicode: boolean): string[] | undefined {
  const members: string[] = [];
  for (let j = 0; j < body.length;) {
    const code = unicode ? /^\\u\{([0-9A-Fa-f]{1,6})\}/.exec(body.slice(j)) : null;
    if (code) {
      members.push(String.fromCodePoint(parseInt(code[1], 16)));
      j += code[0].length;
    } else if (/[\\\-^\]\[]/.test(body[j])) {
      return undefined;
    } else {
      const char = String.fromCodePoint(body.codePointAt(j)!);
      if (char.length > 1 && !unicode) return undefined;
      members.push(char);
      j += char.length;
    }
  }
  return members.length > 0 ? members : undefined;
}

/** After a character class; in JavaScript the first `]` closes it (`[]` is a class too). */
function classEnd(source: string, i: number): number {
  for (let j = i + 1; j < source.length; j++) {
    if (source[j] === '\\') j++;
    else if (source[j] === ']') return j + 1;
  }
  throw new Error('unclosed class');
}

/**
 * The length of a pattern's source in UTF-16 units with its escapes read as the characters they stand
 * for: the same for the pattern as written and as the build writes it (scripts/bundle.mjs turns "ß" into
 * "\\u00df"), so a gate can tell it was read from this very pattern.
 */
export function sourceLength(source: string): number {
  return source.replace(/\\u\{[0-9a-fA-F]{1,6}\}|\\u[0-9a-fA-F]{4}|\\x[0-9a-fA-F]{2}/g, (escape) => (escape.startsWith('\\u{') && parseInt(escape.slice(3, -1), 16) > 0xffff ? 'xx' : 'x')).length;
}

/** Whether `text` may match: nothing is promised, or it satisfies every clause of some alternative. */
export function mayMatch(required: Required, text: string): boolean {
  return required === undefined || required.some((clauses) => clauses.every((clause) => clause.some((s) => text.includes(s))));
}
