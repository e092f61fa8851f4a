// Which language to answer in: --locale, else the comment's language among the playbook's locales,
// else the playbook's default.
import { detectLocale } from '../tone/detect-locale.js';

export interface LocaleChoice {
  locale: string;
  how: 'chosen' | 'detected' | 'default';
}

export function chooseLocale(locales: readonly string[], flag: string | undefined, comment: string | undefined): LocaleChoice {
  if (flag !== undefined) return { locale: flag, how: 'chosen' };
  const fallback = locales[0];
  if (locales.length > 1 && comment?.trim()) {
    const detected = detectLocale(comment, locales, fallback);
    return { locale: detected, how: detected === fallback ? 'default' : 'detected' };
  }
  return { locale: fallback, how: 'default' };
}
