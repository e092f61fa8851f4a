// When we are back, as words a reply can carry in its own language: "tomorrow at 08:00", "on Monday at
// 08:00", "on Monday 28 December at 08:00" (further than a week away). The phrase holds its own
// preposition, so a template never has to agree with one ("We're back {{reopens}}.").
import { localTime } from './zone.js';
import { dateTimeFormat } from '../date-format.js';

interface Words {
  today: string;
  tomorrow: string;
  weekday: string;
  date: string;
  /** The locale Intl names weekdays and months in. */
  intl: string;
  /** The time of day as this language writes it. */
  time: (hhmm: string) => string;
}

const WORDS: Record<string, Words> = {
  en: { today: 'today at {time}', tomorrow: 'tomorrow at {time}', weekday: 'on {weekday} at {time}', date: 'on {weekday} {date} at {time}', intl: 'en-GB', time: (t) => t },
  nl: { today: 'vandaag om {time}', tomorrow: 'morgen om {time}', weekday: '{weekday} om {time}', date: '{weekday} {date} om {time}', intl: 'nl-NL', time: (t) => `${t.replace(':', '.')} uur` },
  de: { today: 'heute um {time}', tomorrow: 'morgen um {time}', weekday: 'am {weekday} um {time}', date: 'am {weekday}, dem {date}, um {time}', intl: 'de-DE', time: (t) => `${t} Uhr` },
  sv: { today: 'i dag kl. {time}', tomorrow: 'i morgon kl. {time}', weekday: 'på {weekday} kl. {time}', date: 'på {weekday} den {date} kl. {time}', intl: 'sv-SE', time: (t) => t.replace(':', '.') },
};

const DAY_MS = 86_400_000;

function named(intl: string, field: 'weekday' | 'date', day: Date): string {
  return dateTimeFormat(intl, field === 'weekday' ? { weekday: 'long', timeZone: 'UTC' } : { day: 'numeric', month: 'long', timeZone: 'UTC' }).format(day);
}

/** `opens` in words, seen from `now`, in the playbook's zone and the reply's language (else English). */
export function reopensWords(opens: Date, now: Date, timeZone: string, locale: string): string {
  const words = WORDS[locale.split('-')[0]] ?? WORDS.en;
  const at = localTime(opens.getTime(), timeZone);
  const days = Math.round((Date.parse(at.day) - Date.parse(localTime(now.getTime(), timeZone).day)) / DAY_MS);
  const hhmm = `${String(Math.floor(at.minute / 60)).padStart(2, '0')}:${String(at.minute % 60).padStart(2, '0')}`;
  const noon = new Date(`${at.day}T12:00:00Z`); // the calendar day, named without a zone shift
  const pattern = days <= 0 ? words.today : days === 1 ? words.tomorrow : days < 7 ? words.weekday : words.date;
  return pattern.replace('{time}', words.time(hhmm)).replace('{weekday}', () => named(words.intl, 'weekday', noon)).replace('{date}', () => named(words.intl, 'date', noon));
}

/** What lint and the guide render `{{reopens}}` with: "tomorrow at 08:00" in the reply's language. */
export function sampleReopens(locale: string): string {
  const words = WORDS[locale.split('-')[0]] ?? WORDS.en;
  return words.tomorrow.replace('{time}', words.time('08:00'));
}
