// The helpers reply templates may use. Lint rejects any other; the renderer knows only these.
const isEmpty = (value: unknown) => value === undefined || value === null || (typeof value === 'string' && value.trim() === '');

/** How a reply greets, per language: with a name, and without one. */
const GREETINGS: Record<string, { named: string; unnamed: string }> = {
  en: { named: 'Hi', unnamed: 'Hi there' },
  nl: { named: 'Hoi', unnamed: 'Hallo' },
  de: { named: 'Hallo', unnamed: 'Hallo' },
  sv: { named: 'Hej', unnamed: 'Hej' },
};

/** Helpers are called with the reply's context as `this` (for its locale). */
export const HELPERS = {
  /** {{fallback answers.name "there"}}: the value, or the fallback when it is empty. */
  fallback: (value: unknown, alternative: unknown) => (isEmpty(value) ? alternative : value),
  /** {{greeting answers.name}}: "Hi Alex", or "Hi there" when the name is unknown ("Hoi Alex" / "Hallo" in Dutch). */
  greeting(this: { locale?: string } | undefined, name: unknown) {
    const words = GREETINGS[this?.locale?.split('-')[0] ?? 'en'] ?? GREETINGS.en;
    return isEmpty(name) ? words.unnamed : `${words.named} ${String(name).trim()}`;
  },
  /** {{#if (eq answers.kind "complaint")}} */
  eq: (a: unknown, b: unknown) => a === b,
} as const;

/** Block helpers from Handlebars that templates may use. */
export const BUILTIN_HELPERS = ['if', 'unless', 'each', 'with'] as const;

/** Helpers whose arguments may be empty without a warning: they supply the fallback themselves. */
export const GUARDING_HELPERS = new Set(['fallback', 'greeting']);

export const KNOWN_HELPER_NAMES = new Set<string>([...Object.keys(HELPERS), ...BUILTIN_HELPERS]);
