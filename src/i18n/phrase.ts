// A diagnostic's words as data (a key and its values), so the core stays language-free and the
// printer says it in the reader's language. The English text is kept on the diagnostic as well.
import { de } from './diagnostics/de.js';
import { en, type PhraseKey } from './diagnostics/en.js';
import { nl } from './diagnostics/nl.js';
import { sv } from './diagnostics/sv.js';
import { own } from '../own.js';
import { lazy } from '../lazy.js';

/** Text already written in each language (e.g. a tone finding). */
export type Localized = { en: string } & Partial<Record<'nl' | 'de' | 'sv', string>>;
export type PhraseValue = string | number | Phrase | Localized;
export interface Phrase {
  key: PhraseKey;
  data?: Record<string, PhraseValue>;
}

const CATALOGS: Record<string, () => Record<PhraseKey, string>> = { en: () => en, nl: lazy(nl), de: lazy(de), sv: lazy(sv) };

export function phrase(key: PhraseKey, data?: Record<string, PhraseValue>): Phrase {
  return data ? { key, data } : { key };
}

/** Plural choice: "<key>.one" for 1, "<key>" otherwise. */
export function counted(key: PhraseKey, count: number, data: Record<string, PhraseValue> = {}): Phrase {
  const one = `${key}.one` as PhraseKey;
  return phrase(count === 1 && one in en ? one : key, { count, ...data });
}

export function renderPhrase(p: Phrase, locale = 'en'): string {
  const catalog = own(CATALOGS, locale.split(/[-_]/)[0])?.() ?? en;
  return catalog[p.key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = p.data?.[name];
    return value === undefined ? whole : renderValue(value, locale);
  });
}

function renderValue(value: PhraseValue, locale: string): string {
  if (typeof value !== 'object') return String(value);
  if ('key' in value) return renderPhrase(value, locale);
  return value[locale.split(/[-_]/)[0] as keyof Localized] ?? value.en;
}

/** The fields a diagnostic gets from a phrase: its English message and the phrase itself. */
export function said(p: Phrase): { message: string; phrase: Phrase } {
  return { message: renderPhrase(p), phrase: p };
}

/** A diagnostic's message in a language (its English message when it has no phrase). */
export function messageIn(diagnostic: { message: string; phrase?: Phrase }, locale: string): string {
  return diagnostic.phrase && locale !== 'en' ? renderPhrase(diagnostic.phrase, locale) : diagnostic.message;
}

export type { PhraseKey };
