// A fast path for Handlebars' parser, for what reply templates are made of: text, {{path}},
// {{helper path "text" 3}}, and {{#if}}/{{#unless}}/{{#each}}/{{#with}} blocks with {{else}}. Handlebars'
// generated (jison) lexer tries its rules one by one at every character, which made parsing a quarter of
// lint's time on many playbooks. This reads the same tokens by hand, builds the nodes with Handlebars'
// own helpers (so they are Handlebars' nodes, positions included) and runs Handlebars' own whitespace
// control on them. Anything else (comments, partials, subexpressions, hashes, triple mustaches, `\{{`,
// {{else if}}, block params, [segments], a syntax error) is `undefined`: the caller asks Handlebars, so
// its output and its error messages are exactly Handlebars'. A differential test holds the two equal.
import { createRequire } from 'node:module';
import type { AstNode, Program } from './ast.js';
import { isSpace } from '../whitespace.js';

/** A token's place as jison tracks it: 1-based lines, 0-based columns. */
interface Loc {
  first_line: number;
  first_column: number;
  last_line: number;
  last_column: number;
}

interface Token {
  type: 'CONTENT' | 'OPEN' | 'OPEN_BLOCK' | 'OPEN_ENDBLOCK' | 'INVERSE' | 'CLOSE' | 'ID' | 'SEP' | 'DATA' | 'STRING' | 'NUMBER' | 'BOOLEAN' | 'UNDEFINED' | 'NULL' | 'EOF';
  text: string;
  loc: Loc;
}

interface Helpers {
  SourceLocation: new (source: undefined, loc: Loc) => unknown;
  stripFlags(open: string, close: string): { open: boolean; close: boolean };
  preparePath(this: Yy, data: boolean, parts: { part: string; original: string; separator?: string }[], loc: Loc): AstNode;
  prepareMustache(this: Yy, path: AstNode, params: AstNode[], hash: undefined, open: string, strip: object, loc: Loc): AstNode;
  prepareBlock(this: Yy, open: object, program: AstNode, inverse: object | undefined, close: object, inverted: boolean, loc: Loc): AstNode;
  prepareProgram(statements: AstNode[]): AstNode;
}
type Yy = Helpers & { locInfo(loc: Loc): unknown };

let handlebars: { yy: Yy; whitespace: new () => { accept(node: AstNode): Program } } | undefined;

/** Handlebars' node helpers and whitespace control: small modules, not its 290 KB generated parser. */
function handlebarsParts(): NonNullable<typeof handlebars> {
  if (!handlebars) {
    // Literal require() calls, so esbuild bundles both (handlebars is no run-time dependency); run
    // from source (tests), they come from node_modules.
    const bundled = typeof require === 'function';
    const from = bundled ? undefined : createRequire(import.meta.url);
    const helpers = (bundled ? require('handlebars/dist/cjs/handlebars/compiler/helpers.js') : from!('handlebars/dist/cjs/handlebars/compiler/helpers.js')) as Helpers;
    // (module.exports is the class itself)
    const whitespace = (bundled ? require('handlebars/dist/cjs/handlebars/compiler/whitespace-control.js') : from!('handlebars/dist/cjs/handlebars/compiler/whitespace-control.js')) as new () => { accept(node: AstNode): Program };
    const yy = { ...helpers, locInfo: (loc: Loc) => new helpers.SourceLocation(undefined, loc) } as Yy;
    handlebars = { yy, whitespace };
  }
  return handlebars;
}

/** Thrown inside the fast path for anything it leaves to Handlebars. */
class NotHere extends Error {}

/** The template's syntax tree as Handlebars' `parse` makes it, or undefined when Handlebars must say. */
export function fastParse(text: string): Program | undefined {
  if (text.includes('\0')) return undefined;
  let tokens: Token[];
  try {
    tokens = lex(text);
  } catch (error) {
    if (error instanceof NotHere) return undefined;
    throw error;
  }
  const { yy, whitespace } = handlebarsParts();
  try {
    const root = new Parser(tokens, yy).root();
    return new whitespace().accept(root);
  } catch {
    return undefined; // not in the subset, or not valid: Handlebars parses it (and reports the error)
  }
}

const NUMBER = /-?[0-9]+(?:\.[0-9]+)?(?=[~}\s)])/y;
const LITERAL = /(true|false|undefined|null)(?=[~}\s)])/y;
const STRING = /"(?:\\"|[^"])*"|'(?:\\'|[^'])*'/y;
const INVERSE = /\{\{~?(?:\^\s*|\s*else\s*)~?\}\}/y;
const INVERSE_CHAIN = /\{\{~?\s*else\b/y;
const BLOCK_PARAMS = /as\s+\|/y;

/**
 * The length of the name at `pos`, as jison's ID rule reads it: /[^\s!"#%-,./;->@\[-\^`{-~]+(?=[=~}\s/.)|])/
 * (0 when there is none). Scanned by hand: the regular expression was the lexer's costliest step. No
 * character the lookahead accepts can be in a name, so the longest run is the only one to try.
 */
function idLength(text: string, pos: number): number {
  let end = pos;
  while (end < text.length && isNameCharacter(text.charCodeAt(end))) end++;
  if (end === pos || end === text.length) return 0;
  const next = text[end];
  return '=~}/.)|'.includes(next) || isSpace(next) ? end - pos : 0;
}

/** Not a space, and none of !"#%&'()*+,./;<=>@[\]^`{|}~ (ASCII: letters, digits, $ - : ? _ stay). */
function isNameCharacter(code: number): boolean {
  if (code >= 128) return !isSpace(String.fromCharCode(code));
  return NAME_ASCII[code] === 1;
}

const NAME_ASCII = (() => {
  const table = new Uint8Array(128);
  for (let code = 0; code < 128; code++) table[code] = /[^\s!"#%-,./;->@\[-\^`{-~]/.test(String.fromCharCode(code)) ? 1 : 0;
  return table;
})();

/** The tokens of the subset, with jison's positions; NotHere for anything outside it. */
function lex(text: string): Token[] {
  const tokens: Token[] = [];
  let pos = 0;
  const at = { line: 1, column: 0 };
  /** Moves past `length` characters, returning their place with exactly jison's arithmetic (line breaks: \r\n, \r, \n). */
  const move = (length: number): Loc => {
    const loc = { first_line: at.line, first_column: at.column, last_line: at.line, last_column: at.column };
    // jison matches /(?:\r\n?|\n).*/g on the token: a line per break, and the column is the length of
    // the last match after its break; "." stops at \r, \n, \u2028 and \u2029, so the count stops there.
    // Scanned by hand: the regular expression on every token was a third of the lexer's time.
    const stop = pos + length;
    let column = -1; // not yet past a break
    let counting = true;
    for (let i = pos; i < stop; i++) {
      const code = text.charCodeAt(i);
      if (code === 10 || code === 13) {
        if (code === 13 && i + 1 < stop && text.charCodeAt(i + 1) === 10) i++;
        at.line++;
        column = 0;
        counting = true;
      } else if (code === 0x2028 || code === 0x2029) counting = false;
      else if (counting && column !== -1) column++;
    }
    at.column = column === -1 ? at.column + length : column;
    loc.last_line = at.line;
    loc.last_column = at.column;
    pos += length;
    return loc;
  };
  const push = (type: Token['type'], length: number, value?: string) => {
    const chunk = text.slice(pos, pos + length);
    tokens.push({ type, text: value ?? chunk, loc: move(length) });
  };
  const sticky = (regex: RegExp) => {
    regex.lastIndex = pos;
    return regex.exec(text);
  };
  while (pos < text.length) {
    const open = text.indexOf('{{', pos);
    const end = open === -1 ? text.length : open;
    if (end > pos) {
      if (open !== -1 && text[end - 1] === '\\') throw new NotHere(); // \{{ and \\{{ escapes
      push('CONTENT', end - pos);
    }
    if (open === -1) break;
    // The opening of a mustache, in jison's rule order.
    if (text.startsWith('{{{', pos)) throw new NotHere(); // raw blocks and triple mustaches
    const strip = text[pos + 2] === '~' ? 1 : 0;
    const sigil = text[pos + 2 + strip];
    // {{^}}, {{else}} and {{else if}} start with ^, a space or "e" (checked first: most mustaches do not).
    if (sigil === '^' || sigil === 'e' || isSpace(sigil)) {
      const inverse = sticky(INVERSE);
      if (inverse) { push('INVERSE', inverse[0].length); continue; }
      if (sticky(INVERSE_CHAIN)) throw new NotHere(); // {{else if …}} (and what starts like it)
    }
    if (sigil === '#') {
      if (text[pos + 3 + strip] === '>' || text[pos + 3 + strip] === '*') throw new NotHere();
      push('OPEN_BLOCK', 3 + strip);
    } else if (sigil === '/') push('OPEN_ENDBLOCK', 3 + strip);
    else if (sigil !== undefined && '>^{&!*'.includes(sigil)) throw new NotHere();
    else push('OPEN', 2 + strip);
    lexInside();
  }
  push('EOF', 0);
  return tokens;

  /** Inside {{ … }}: names, separators, literals, up to the close. */
  function lexInside(): void {
    for (;;) {
      if (pos >= text.length) throw new NotHere();
      const c = text[pos];
      if (isSpace(c)) {
        let end = pos + 1;
        while (end < text.length && isSpace(text[end])) end++;
        move(end - pos);
        continue;
      }
      if (c === '.' && text[pos + 1] === '.') { push('ID', 2); continue; }
      if (c === '.' && /[=~}\s/.)|]/.test(text[pos + 1] ?? '')) { push('ID', 1); continue; }
      if (c === '.' || c === '/') { push('SEP', 1); continue; }
      if (text.startsWith('}}}', pos) || text.startsWith('}~}}', pos)) throw new NotHere();
      if (text.startsWith('}}', pos)) { push('CLOSE', 2); return; }
      if (text.startsWith('~}}', pos)) { push('CLOSE', 3); return; }
      if (c === '"' || c === "'") {
        const string = sticky(STRING);
        if (!string) throw new NotHere();
        const quote = c === '"' ? /\\"/g : /\\'/g;
        push('STRING', string[0].length, string[0].slice(1, -1).replace(quote, c));
        continue;
      }
      if (c === '@') { push('DATA', 1); continue; }
      // Each pattern only where its first character is (most tokens are names).
      const literal = 'tfun'.includes(c) ? sticky(LITERAL) : null;
      if (literal) { push(literal[1] === 'true' || literal[1] === 'false' ? 'BOOLEAN' : literal[1] === 'null' ? 'NULL' : 'UNDEFINED', literal[0].length); continue; }
      const number = c === '-' || (c >= '0' && c <= '9') ? sticky(NUMBER) : null;
      if (number) { push('NUMBER', number[0].length); continue; }
      if (c === 'a' && sticky(BLOCK_PARAMS)) throw new NotHere();
      const id = idLength(text, pos);
      if (id > 0) { push('ID', id); continue; }
      throw new NotHere(); // ( ) = | [ and anything Handlebars would not read
    }
  }
}

/** Handlebars' grammar for the subset, building nodes with Handlebars' helpers. */
class Parser {
  private i = 0;
  constructor(private readonly tokens: Token[], private readonly yy: Yy) {}

  root(): AstNode {
    const program = this.program();
    this.expect('EOF');
    return program;
  }

  private program(): AstNode {
    const statements: AstNode[] = [];
    for (;;) {
      const token = this.tokens[this.i];
      if (token.type === 'CONTENT') {
        this.i++;
        statements.push({ type: 'ContentStatement', original: token.text, value: token.text, loc: this.yy.locInfo(token.loc) } as AstNode);
      } else if (token.type === 'OPEN') statements.push(this.mustache());
      else if (token.type === 'OPEN_BLOCK') statements.push(this.block());
      else return this.yy.prepareProgram(statements);
    }
  }

  private mustache(): AstNode {
    const open = this.expect('OPEN');
    const path = this.helperName();
    const params = this.params();
    const close = this.expect('CLOSE');
    return this.yy.prepareMustache(path, params, undefined, open.text, this.yy.stripFlags(open.text, close.text), span(open, close));
  }

  private block(): AstNode {
    const open = this.expect('OPEN_BLOCK');
    const path = this.helperName();
    const params = this.params();
    const openClose = this.expect('CLOSE');
    const openBlock = { open: open.text, path, params, hash: undefined, blockParams: undefined, strip: this.yy.stripFlags(open.text, openClose.text) };
    const program = this.program();
    let inverse: { strip: object; program: AstNode } | undefined;
    const next = this.tokens[this.i];
    if (next.type === 'INVERSE') {
      this.i++;
      inverse = { strip: this.yy.stripFlags(next.text, next.text), program: this.program() };
    }
    const end = this.expect('OPEN_ENDBLOCK');
    const closePath = this.helperName();
    const endClose = this.expect('CLOSE');
    if (closePath.original !== path.original) throw new NotHere(); // Handlebars says "x doesn't match y"
    const close = { path: closePath, strip: this.yy.stripFlags(end.text, endClose.text) };
    return this.yy.prepareBlock(openBlock, program, inverse, close, false, span(open, endClose));
  }

  /** A helper's or variable's name: a path, or @data. */
  private helperName(): AstNode {
    const token = this.tokens[this.i];
    if (token.type === 'ID' || token.type === 'DATA') return this.path();
    throw new NotHere();
  }

  private params(): AstNode[] {
    const params: AstNode[] = [];
    for (;;) {
      const token = this.tokens[this.i];
      switch (token.type) {
        case 'ID': case 'DATA': params.push(this.path()); break;
        case 'STRING': this.i++; params.push({ type: 'StringLiteral', value: token.text, original: token.text, loc: this.yy.locInfo(token.loc) } as AstNode); break;
        case 'NUMBER': this.i++; params.push({ type: 'NumberLiteral', value: Number(token.text), original: Number(token.text), loc: this.yy.locInfo(token.loc) } as AstNode); break;
        case 'BOOLEAN': this.i++; params.push({ type: 'BooleanLiteral', value: token.text === 'true', original: token.text === 'true', loc: this.yy.locInfo(token.loc) } as AstNode); break;
        case 'UNDEFINED': this.i++; params.push({ type: 'UndefinedLiteral', original: undefined, value: undefined, loc: this.yy.locInfo(token.loc) } as AstNode); break;
        case 'NULL': this.i++; params.push({ type: 'NullLiteral', original: null, value: null, loc: this.yy.locInfo(token.loc) } as AstNode); break;
        default: return params;
      }
    }
  }

  /** ID (SEP ID)*, after an optional @. */
  private path(): AstNode {
    const first = this.tokens[this.i];
    const data = first.type === 'DATA';
    if (data) this.i++;
    const start = this.expect('ID');
    const parts: { part: string; original: string; separator?: string }[] = [{ part: start.text, original: start.text }];
    let last = start;
    while (this.tokens[this.i].type === 'SEP') {
      const separator = this.tokens[this.i++].text;
      last = this.expect('ID');
      parts.push({ part: last.text, original: last.text, separator });
    }
    return this.yy.preparePath(data, parts, span(first, last));
  }

  private expect(type: Token['type']): Token {
    const token = this.tokens[this.i];
    if (token.type !== type) throw new NotHere();
    this.i++;
    return token;
  }
}

/** The place from one token's start to another's end, as jison's @$ for a rule. */
function span(from: Token, to: Token): Loc {
  return { first_line: from.loc.first_line, first_column: from.loc.first_column, last_line: to.loc.last_line, last_column: to.loc.last_column };
}
