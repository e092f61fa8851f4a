// A playbook's `policies.hours` as a Schedule: its spans per weekday, its closed days and the public
// holidays the caller looked up (the core never loads the holiday library itself).
import type { Hours } from '../playbook/types.js';
import { parseSpan, WEEKDAYS, type Schedule, type Span } from './staffed.js';

export function weekSpans(hours: Hours): Span[][] {
  return WEEKDAYS.map((d) => (hours.week[d] ?? []).map(parseSpan).filter((s): s is Span => s !== undefined).sort((a, b) => a.open - b.open));
}

export function scheduleOf(hours: Hours, holidays: ReadonlySet<string> = new Set()): Schedule {
  const closed = new Set([...(hours.closed ?? []), ...holidays]);
  return { zone: hours.timeZone, week: weekSpans(hours), closed: (day) => closed.has(day) };
}
