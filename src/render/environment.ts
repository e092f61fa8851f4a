// Parsing reply templates with Handlebars' own parser (so the syntax is exactly Handlebars'; the
// common subset through a fast path that gives the very same tree, src/render/fast-parse.ts), and
// rendering them with our evaluator (src/render/evaluate.ts): plain text, strict lookups, only our
// helpers, never prototype access. Only the parser part of Handlebars is loaded.
import type { Program } from './ast.js';
import { createRequire } from 'node:module';
import { evaluate, RenderFailure } from './evaluate.js';
import { fastParse } from './fast-parse.js';
import { Memo } from '../memo.js';

export { BUILTIN_HELPERS, GUARDING_HELPERS, HELPERS, KNOWN_HELPER_NAMES } from './helpers.js';

export type TemplateDelegate = (context: unknown) => string;

type Parse = (text: string) => Program;
let parser: Parse | undefined;

function parse(text: string): Program {
  const fast = fastParse(text);
  if (fast) return fast;
  // In the bundle `require` exists and esbuild bundles the parser in (handlebars is no run-time
  // dependency); run from source (tests), it is loaded from node_modules.
  parser ??= ((typeof require === 'function' ? require('handlebars/dist/cjs/handlebars/compiler/base.js') : createRequire(import.meta.url)('handlebars/dist/cjs/handlebars/compiler/base.js')) as { parse: Parse }).parse;
  return parser(text);
}

// Parsing is the costly part of linting many templates; lint's analysis and rendering share one
// parse per distinct text (agencies reuse the same wording across client playbooks).
const programs = new Map<string, Program>();

// And one parse per variant of a loaded playbook (`owner`, the variant object), kept as long as the
// playbook is: a playbook with more variants than the bounded cache holds is still parsed once, not
// once by the analysis and again to render (memory grows with one playbook, never with the repository).
const byOwner = new Memo<object, Program>();

/** Parsed templates kept between runs (the CLI keeps them in its cache folder). */
export interface ProgramStore {
  get(text: string): Program | undefined;
  set(text: string, program: Program): void;
}

let store: ProgramStore | undefined;

/**
 * Triage renders one variant: loading Handlebars' parser and parsing it was ~4 ms of every run, so
 * a parsed template is taken from the store when it holds that very text.
 */
export function useProgramStore(next: ProgramStore | undefined): void {
  store = next;
}

export function parseTemplate(text: string, owner?: object): Program {
  let program = owner && byOwner.get(owner);
  if (program) return program;
  program = programs.get(text) ?? store?.get(text);
  if (!program) {
    tooDeep(text);
    program = parse(text);
    store?.set(text, program);
    if (programs.size >= 2000) programs.clear(); // bounded: memory stays flat on huge repositories
    programs.set(text, program);
  }
  if (owner) byOwner.set(owner, program);
  return program;
}

/** Deeper than this, ( … ) or {{#…}} nesting is no reply anyone writes, and the parser would run out of stack. */
const MAX_NESTING = 64;

/** A cheap scan before parsing: subexpressions and blocks nested past MAX_NESTING are a template error. */
function tooDeep(text: string): void {
  let line = 1;
  let lineStart = 0;
  let inside = false;
  let parens = 0;
  let blocks = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10) { line++; lineStart = i + 1; continue; }
    if (!inside) {
      if (c === 123 && text.charCodeAt(i + 1) === 123) {
        inside = true;
        const sigil = text[i + 2];
        if (sigil === '#') blocks++;
        else if (sigil === '/') blocks--;
        if (blocks > MAX_NESTING) throw new RenderFailure(`expressions or blocks nested more than ${MAX_NESTING} deep`, line, i - lineStart);
        i++;
      }
    } else if (c === 125 && text.charCodeAt(i + 1) === 125) { inside = false; parens = 0; i++; }
    else if (c === 40) parens++;
    else if (c === 41) parens--;
    if (parens > MAX_NESTING) throw new RenderFailure(`expressions or blocks nested more than ${MAX_NESTING} deep`, line, i - lineStart);
  }
}

export function compileTemplate(text: string, owner?: object): TemplateDelegate {
  const program = parseTemplate(text, owner);
  return (context) => evaluate(program, context);
}
