// The tool's own words in the user's language: --locale, else LANG/LC_ALL/LC_MESSAGES, else English.
// Rule ids and JSON keys stay English.
import { de } from './de.js';
import { en, type MessageKey } from './en.js';
import { nl } from './nl.js';
import { sv } from './sv.js';
import { own } from '../own.js';
import { lazy } from '../lazy.js';

const CATALOGS: Record<string, () => Record<MessageKey, string>> = { en: () => en, nl: lazy(nl), de: lazy(de), sv: lazy(sv) };

export { LANGUAGES } from './languages.js';

/** The tool's words in one language; `locale` says which, for text kept as a phrase (a diagnostic's). */
export type Translate = { (key: MessageKey, vars?: Record<string, string | number>): string; locale?: string };

export function translator(locale: string | undefined): Translate {
  const code = (locale ?? 'en').split(/[-_]/)[0];
  const catalog = own(CATALOGS, code)?.();
  const words: Translate = (key, vars = {}) => {
    const text = (catalog ?? en)[key];
    return text.includes('{') ? text.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`)) : text;
  };
  words.locale = catalog ? code : 'en';
  return words;
}

/** The language of the tool's words: an explicit locale, else the environment's, else English. */
export function uiLocale(flag: string | undefined, env: Record<string, string | undefined>): string {
  const candidates = [flag, env.LC_ALL, env.LC_MESSAGES, env.LANG];
  for (const value of candidates) {
    const code = value?.split(/[-_.]/)[0]?.toLowerCase();
    if (code && own(CATALOGS, code)) return code;
  }
  return 'en';
}

export type { MessageKey };

/** The Intl locale for dates in a UI language: English dates read "12 Nov", not "Nov 12". */
export function dateLocale(ui: string | undefined): string {
  return ui === undefined || ui === 'en' ? 'en-GB' : ui;
}
