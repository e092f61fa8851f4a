// One isolated Handlebars environment for replies: plain text (no HTML escaping), strict variable
// lookups, only our helpers, and never prototype access.
import Handlebars from 'handlebars';

export type TemplateDelegate = (context: unknown) => string;

const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** Helpers that template authors may use; lint rejects any other. */
export const HELPERS = {
  /** {{fallback answers.name "there"}}: the value, or the fallback when it is empty. */
  fallback: (value: unknown, alternative: unknown) => (isEmpty(value) ? alternative : value),
  /** {{greeting answers.name}}: "Hi Alex", or "Hi there" when the name is unknown. */
  greeting: (name: unknown) => (isEmpty(name) ? 'Hi there' : `Hi ${String(name).trim()}`),
  /** {{#if (eq answers.kind "complaint")}} */
  eq: (a: unknown, b: unknown) => a === b,
} as const;

/** Block helpers Handlebars brings that are safe to use. */
export const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with'] as const;

/** Helpers whose arguments may be empty without a warning: they supply the fallback themselves. */
export const GUARDING_HELPERS = new Set(['fallback', 'greeting']);

export const KNOWN_HELPER_NAMES = new Set<string>([...Object.keys(HELPERS), ...BUILTIN_HELPERS]);

let environment: typeof Handlebars | undefined;

function getEnvironment(): typeof Handlebars {
  if (!environment) {
    environment = Handlebars.create();
    for (const [name, fn] of Object.entries(HELPERS)) {
      environment.registerHelper(name, (...args: unknown[]) => (fn as (...a: unknown[]) => unknown)(...args.slice(0, -1)));
    }
  }
  return environment;
}

const knownHelpers = Object.fromEntries([...KNOWN_HELPER_NAMES].map((name) => [name, true]));

// Parsing is the costly part of linting many templates; lint's analysis and rendering share one
// parse per distinct text (agencies reuse the same wording across client playbooks).
const programs = new Map<string, hbs.AST.Program>();

export function parseTemplate(text: string): hbs.AST.Program {
  let program = programs.get(text);
  if (!program) {
    program = getEnvironment().parse(text);
    if (programs.size >= 2000) programs.clear(); // bounded: memory stays flat on huge repositories
    programs.set(text, program);
  }
  return program;
}

export function compileTemplate(text: string): TemplateDelegate {
  const template = getEnvironment().compile(parseTemplate(text), { strict: true, knownHelpersOnly: true, noEscape: true, knownHelpers });
  return (context) => template(context, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
}

export { Handlebars };
