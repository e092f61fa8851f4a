// The guide's staffed hours: when the team answers, the time zone, the holidays and closed days, and
// who is on call for the situations that cannot wait (anyHour). Response times count only these hours.
import type { Translate } from '../i18n/index.js';
import type { Playbook } from '../playbook/types.js';
import { own } from '../own.js';
import { holdingTemplate } from '../playbook/situation-templates.js';

export interface GuideHours {
  zone: string;
  /** Monday first, each with its spans in words ("08:00–20:00") or "not staffed". */
  days: { day: string; spans: string }[];
  holidays?: string;
  closed: string[];
  onCall?: { name: string; reach?: string; situations: string[] };
  /** Situations that get a holding reply outside these hours. */
  holding: string[];
}

const WEEK = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;
/** A Monday: day names come from the locale's own calendar words. */
const MONDAY = Date.UTC(2026, 10, 23, 12);

export function guideHours(playbook: Playbook, t: Translate): GuideHours | undefined {
  const hours = playbook.policies?.hours;
  if (!hours) return undefined;
  const locale = playbook.locale;
  const dayName = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  const days = WEEK.map((key, i) => {
    const spans = Object.hasOwn(hours.week, key) ? hours.week[key] ?? [] : [];
    const name = dayName.format(new Date(MONDAY + i * 86_400_000));
    return { day: name.charAt(0).toLocaleUpperCase(locale) + name.slice(1), spans: spans.length ? spans.map((s) => s.replace('-', '–')).join(', ') : t('guide.notStaffed') };
  });
  const date = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
  const closed = (hours.closed ?? []).map((d) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? date.format(new Date(`${d}T12:00:00Z`)) : d));
  const contact = own(playbook.contacts, hours.onCall);
  const urgent = playbook.situations.filter((s) => s.anyHour).map((s) => s.title);
  return {
    zone: hours.timeZone,
    days,
    ...(hours.holidays ? { holidays: t('guide.holidays', { country: countryName(hours.holidays.country, locale) + (hours.holidays.region ? `, ${hours.holidays.region}` : '') }) } : {}),
    closed,
    ...(contact ? { onCall: { name: contact.name, ...(contact.reach ? { reach: contact.reach } : {}), situations: urgent } } : {}),
    holding: playbook.situations.filter((s) => holdingTemplate(s, playbook) !== undefined).map((s) => s.title),
  };
}

function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code.toUpperCase()) ?? code;
  } catch {
    return code;
  }
}

/** The lines under the week: holidays, the team's closed days, who is on call and for what. */
export function hoursNotes(hours: GuideHours, t: Translate): string[] {
  const notes: string[] = [];
  if (hours.holidays) notes.push(hours.holidays);
  if (hours.closed.length) notes.push(t('guide.closedDays', { days: hours.closed.join(', ') }));
  if (hours.holding.length) notes.push(t('guide.holdingReply', { situations: hours.holding.join('; ') }));
  if (hours.onCall) notes.push(t('guide.onCall', { name: hours.onCall.name, reach: hours.onCall.reach ? ` (${hours.onCall.reach})` : '', situations: hours.onCall.situations.join(', ') || '—' }));
  return notes;
}
