// A placeholder is a value written as "TODO: what to fill in": visible in a reply or a guide if it
// is ever used, and reported by lint (rule `placeholder`) until the team fills it in.
const PLACEHOLDER = /^\s*TODO\b/;

export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && PLACEHOLDER.test(value);
}

/** Does a rendered text use a placeholder somewhere? */
export function usesPlaceholder(text: string): boolean {
  return /(^|[\s(])TODO:/.test(text);
}
