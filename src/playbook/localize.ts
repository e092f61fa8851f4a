// Playbooks can carry text in several locales: a field is either plain text or { en: …, nl: … }.
// Everything after loading works on a playbook localized to one locale.
import type { Path } from './yaml-source.js';
import type { Playbook } from './types.js';

/** Where translatable text lives: "[]" is every item of a list, "*" every value of a mapping. */
export const TRANSLATABLE = [
  'name', 'description', 'policies.houseRules.text', 'brand.support.*', 'brand.links.*', 'contacts.*.name', 'contacts.*.role', 'contacts.*.reach',
  'questions[].prompt', 'questions[].help', 'questions[].sample', 'questions[].hints',
  'questions[].choices[].label', 'questions[].choices[].help', 'questions[].choices[].hints',
  'situations[].title', 'situations[].description', 'situations[].why', 'situations[].noReply', 'situations[].steps[].text',
  'examples[].expect.replyContains',
] as const;

export type Localized<T> = T | Record<string, T>;

export interface TranslatableSite {
  path: Path;
  value: unknown;
}

/** The locales a playbook is written in; the default one first. */
export function localesOf(raw: { locale: string; locales?: string[] }): string[] {
  const declared = raw.locales ?? [raw.locale];
  return [raw.locale, ...declared.filter((l) => l !== raw.locale)];
}

export function isLocaleMap(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/** Every translatable value present in the raw playbook, with its path. */
export function translatableSites(raw: unknown): TranslatableSite[] {
  const sites: TranslatableSite[] = [];
  for (const pattern of TRANSLATABLE) {
    const steps = pattern.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part]));
    const walk = (value: unknown, i: number, path: (string | number)[]) => {
      if (value === undefined || value === null) return;
      if (i === steps.length) { sites.push({ path, value }); return; }
      const step = steps[i];
      if (step === '[]') { if (Array.isArray(value)) value.forEach((item, j) => walk(item, i + 1, [...path, j])); return; }
      if (typeof value !== 'object' || Array.isArray(value)) return;
      const record = value as Record<string, unknown>;
      if (step === '*') for (const key of Object.keys(record)) walk(record[key], i + 1, [...path, key]);
      else if (Object.hasOwn(record, step)) walk(record[step], i + 1, [...path, step]);
    };
    walk(raw, 0, []);
  }
  return sites;
}

/** The playbook with every translatable value in `locale` (falling back to the default locale). */
export function localize(raw: Record<string, unknown>, locale: string): Playbook {
  const fallback = raw.locale as string;
  const copy = structuredClone(raw);
  for (const site of translatableSites(copy)) {
    if (!isLocaleMap(site.value)) continue;
    const value = site.value[locale] ?? site.value[fallback] ?? Object.values(site.value)[0];
    let parent: any = copy;
    for (const key of site.path.slice(0, -1)) parent = parent[key];
    parent[site.path.at(-1)!] = value;
  }
  copy.locale = locale;
  return copy as unknown as Playbook;
}
