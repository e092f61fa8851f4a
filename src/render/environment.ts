// Parsing reply templates with Handlebars' own parser (so the syntax is exactly Handlebars'), and
// rendering them with our evaluator (src/render/evaluate.ts): plain text, strict lookups, only our
// helpers, never prototype access. Only the parser part of Handlebars is loaded.
import type { Program } from './ast.js';
import { createRequire } from 'node:module';
import { evaluate } from './evaluate.js';

export { BUILTIN_HELPERS, GUARDING_HELPERS, HELPERS, KNOWN_HELPER_NAMES } from './helpers.js';

export type TemplateDelegate = (context: unknown) => string;

type Parse = (text: string) => Program;
let parser: Parse | undefined;

function parse(text: string): Program {
  // In the bundle `require` exists and esbuild bundles the parser in (handlebars is no run-time
  // dependency); run from source (tests), it is loaded from node_modules.
  parser ??= ((typeof require === 'function' ? require('handlebars/dist/cjs/handlebars/compiler/base.js') : createRequire(import.meta.url)('handlebars/dist/cjs/handlebars/compiler/base.js')) as { parse: Parse }).parse;
  return parser(text);
}

// Parsing is the costly part of linting many templates; lint's analysis and rendering share one
// parse per distinct text (agencies reuse the same wording across client playbooks).
const programs = new Map<string, Program>();

export function parseTemplate(text: string): Program {
  let program = programs.get(text);
  if (!program) {
    program = parse(text);
    if (programs.size >= 2000) programs.clear(); // bounded: memory stays flat on huge repositories
    programs.set(text, program);
  }
  return program;
}

export function compileTemplate(text: string): TemplateDelegate {
  const program = parseTemplate(text);
  return (context) => evaluate(program, context);
}
