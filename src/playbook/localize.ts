// Playbooks can carry text in several locales: a field is either plain text or { en: …, nl: … }.
// Everything after loading works on a playbook localized to one locale.
import type { Path } from './yaml-source.js';
import type { Playbook } from './types.js';
import { examplesOnDemand, examplesPending, withoutExamples } from './examples-apart.js';

/** Where translatable text lives: "[]" is every item of a list, "*" every value of a mapping. */
export const TRANSLATABLE = [
  'name', 'description', 'policies.houseRules.text', 'brand.support.*', 'brand.links.*', 'contacts.*.name', 'contacts.*.role', 'contacts.*.reach', 'contacts.*.handles',
  'questions[].prompt', 'questions[].help', 'questions[].sample', 'questions[].hints',
  'questions[].choices[].label', 'questions[].choices[].help', 'questions[].choices[].hints',
  'situations[].title', 'situations[].description', 'situations[].why', 'situations[].noReply', 'situations[].steps[].text',
  'examples[].expect.replyContains',
] as const;

/**
 * Fields that hold an address, a link or a handle, never prose, and a contact's short list of what it
 * handles (a playbook from before it could be translated keeps passing lint): one value serves every locale.
 */
const NOT_PROSE = ['brand.support.email', 'brand.support.url', 'brand.links.*', 'brand.handles.*', 'policies.houseRules.link', 'contacts.*.handles'];

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

/**
 * Does one value serve every locale? Fields that are never prose (e-mail, links, handles) and values
 * that are an address: an e-mail address, a URL, an @handle, a #channel or a phone number, alone or
 * with a few words naming where ("#acme-care on Slack"). Given per locale, it is enough that every
 * text given is such a value (the default locale's is used for the others).
 */
export function servesEveryLocale(path: Path, value: unknown): boolean {
  const isField = (pattern: string) => {
    const parts = pattern.split('.');
    return parts.length === path.length && parts.every((part, i) => part === '*' || part === path[i]);
  };
  if (NOT_PROSE.some(isField)) return true;
  if (isLocaleMap(value)) return Object.values(value).length > 0 && Object.values(value).every(isAddress);
  return isAddress(value);
}

const ADDRESS = /^(?:[a-z][a-z0-9+.-]*:\/\/\S+|mailto:\S+|www\.\S+|[^\s@]+@[^\s@]+\.[^\s@]+|@[\w.-]+|#[\w][\w.-]*|\u0001)$/i;
const PHONE = /\+?\d[\d ().-]{5,}\d/g;
/** At most this many other words beside an address: "#acme-care on Slack" is an address, "a direct message to @acme" prose. */
const WORDS_BESIDE_ADDRESS = 3;

/** An e-mail address, a URL, an @handle, a #channel or a phone number, with at most a few words beside it. */
export function isAddress(value: unknown): boolean {
  if (typeof value !== 'string') return false;
  const tokens = value.replace(PHONE, ' \u0001 ').split(/\s+/).map((t) => t.replace(/^[(<"']+|[)>"',.;:!?]+$/g, '')).filter(Boolean);
  const addresses = tokens.filter((t) => ADDRESS.test(t)).length;
  const words = tokens.filter((t) => !ADDRESS.test(t) && /\p{L}/u.test(t)).length;
  return addresses > 0 && words <= WORDS_BESIDE_ADDRESS;
}

/** TRANSLATABLE as steps: "questions[].prompt" is questions, [], prompt. */
const TRANSLATABLE_STEPS = TRANSLATABLE.map((pattern) => pattern.split('.').flatMap((part) => (part.endsWith('[]') ? [part.slice(0, -2), '[]'] : [part])));

/** Every translatable value present in the raw playbook, with its path. */
export function translatableSites(raw: unknown): TranslatableSite[] {
  const sites: TranslatableSite[] = [];
  // One path, grown and shrunk on the way down and up, copied only for a site (lint localizes every playbook).
  const path: (string | number)[] = [];
  for (const steps of TRANSLATABLE_STEPS) {
    const walk = (value: unknown, i: number) => {
      if (value === undefined || value === null) return;
      if (i === steps.length) { sites.push({ path: [...path], value }); return; }
      const step = steps[i];
      if (step === '[]') {
        if (!Array.isArray(value)) return;
        for (let j = 0; j < value.length; j++) { path.push(j); walk(value[j], i + 1); path.pop(); }
        return;
      }
      if (typeof value !== 'object' || Array.isArray(value)) return;
      const record = value as Record<string, unknown>;
      if (step === '*') for (const key of Object.keys(record)) { path.push(key); walk(record[key], i + 1); path.pop(); }
      else if (Object.hasOwn(record, step)) { path.push(step); walk(record[step], i + 1); path.pop(); }
    };
    walk(raw, 0);
  }
  return sites;
}

/**
 * A deep copy of parsed YAML (objects, arrays and scalars), 3 to 5 times faster than structuredClone,
 * which serializes and deserializes: lint localizes every playbook once per locale. A value reached
 * twice (a YAML alias, even one that refers to its own ancestor) is copied once and shared, as
 * structuredClone does.
 */
function copyOfData<T>(value: T, copies = new Map<object, unknown>()): T {
  if (value === null || typeof value !== 'object') return value;
  const known = copies.get(value);
  if (known !== undefined) return known as T;
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    copies.set(value, out);
    for (let i = 0; i < value.length; i++) out[i] = copyOfData(value[i], copies);
    return out as T;
  }
  const out: Record<string, unknown> = {};
  copies.set(value, out);
  for (const key of Object.keys(value)) {
    const copy = copyOfData((value as Record<string, unknown>)[key], copies);
    // A "__proto__" key stays a key (assigning it would set the prototype).
    if (key === '__proto__') Object.defineProperty(out, key, { value: copy, enumerable: true, writable: true, configurable: true });
    else out[key] = copy;
  }
  return out as T;
}

/** The playbook with every translatable value in `locale` (falling back to the default locale). */
export function localize(raw: Record<string, unknown>, locale: string): Playbook {
  // Examples not yet read stay unread: they are localized on first use.
  if (examplesPending(raw)) {
    const copy = localize(withoutExamples(raw), locale) as unknown as Record<string, unknown>;
    examplesOnDemand(copy, () => (localize({ locale: raw.locale, examples: raw.examples }, locale) as unknown as Record<string, unknown>).examples);
    return copy as unknown as Playbook;
  }
  const fallback = raw.locale as string;
  const copy = copyOfData(raw);
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
