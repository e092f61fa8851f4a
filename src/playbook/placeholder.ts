// A placeholder is a value written as "TODO: what to fill in": visible in a reply or a guide if it
// is ever used, and reported by lint (rule `placeholder`) until the team fills it in.
const PLACEHOLDER = /^\s*TODO:/;

export function isPlaceholder(value: unknown): value is string {
  return typeof value === 'string' && PLACEHOLDER.test(value);
}

/** Does a rendered text use a placeholder somewhere? */
export function usesPlaceholder(text: string): boolean {
  return /(^|[\s(])TODO:/.test(text);
}

/** How many placeholders a value holds (each one is a lint finding until filled in). */
export function countPlaceholders(value: unknown): number {
  // A loop, not Object.values().reduce(): triage counts them in the whole playbook on every run.
  if (typeof value === 'string') return value.includes('TODO:') && PLACEHOLDER.test(value) ? 1 : 0;
  if (value === null || typeof value !== 'object') return 0;
  let count = 0;
  if (Array.isArray(value)) for (const item of value) count += countPlaceholders(item);
  else for (const key in value) if (Object.hasOwn(value, key)) count += countPlaceholders((value as Record<string, unknown>)[key]);
  return count;
}
