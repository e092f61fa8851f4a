// Which language to answer in: --locale, else the comment's language when the playbook has it, else the
// playbook's default. The one place every triage (scripted, queue, interactive) reads it from.
import { detectLocaleWithConfidence } from '../tone/detect-locale.js';
import { LEXICONS } from '../tone/lexicons/index.js';

export interface LocaleChoice {
  /** The language to reply in: always one of the playbook's. */
  locale: string;
  /**
   * chosen: by --locale or the queue row; detected: the comment's language; default: nothing to tell by;
   * unsupported: the comment is surely in `language`, which the playbook does not have.
   */
  how: 'chosen' | 'detected' | 'default' | 'unsupported';
  /** How sure the reading of the comment is (0 with nothing to go by, 1 when chosen). */
  confidence: number;
  /** The comment's own language, when surely read (it may not be the reply's). */
  language?: string;
}

/** Sure enough of a comment's language to act on it without asking a person. */
export const LOCALE_SURE = 0.6;

export function chooseLocale(locales: readonly string[], flag: string | undefined, comment: string | undefined): LocaleChoice {
  if (flag !== undefined) return { locale: flag, how: 'chosen', confidence: 1 };
  const fallback = locales[0];
  if (!comment?.trim()) return { locale: fallback, how: 'default', confidence: 0 };
  // Read among every language we know, not only the playbook's: a Swedish comment to an en/nl/de playbook
  // shares letters with German and words with Dutch, and must not be answered in either.
  const known = [...new Set([...locales, ...Object.keys(LEXICONS)])];
  const read = detectLocaleWithConfidence(comment, known, fallback);
  const language = read.confidence >= LOCALE_SURE ? read.locale : undefined;
  if (locales.includes(read.locale)) {
    return { locale: read.locale, how: read.locale === fallback && read.confidence === 0 ? 'default' : 'detected', confidence: read.confidence, language };
  }
  if (language) return { locale: fallback, how: 'unsupported', confidence: read.confidence, language };
  // Unsure, and the best guess is a language the playbook lacks: nothing speaks for any of its own.
  return { locale: fallback, how: 'default', confidence: 0 };
}
