// A playbook's `policies.hours` as a Schedule: its spans per weekday, its closed days and the public
// holidays the caller looked up (the core never loads the holiday library itself).
import type { Hours } from '../playbook/types.js';
import { parseSpan, WEEKDAYS, type Schedule, type Span } from './staffed.js';
import { Memo } from '../memo.js';

export function weekSpans(hours: Hours): Span[][] {
  return WEEKDAYS.map((d) => (hours.week[d] ?? []).map(parseSpan).filter((s): s is Span => s !== undefined).sort((a, b) => a.open - b.open));
}

const NO_HOLIDAYS: ReadonlySet<string> = new Set();

/**
 * One schedule per playbook hours and holiday set, so that what it works out is remembered (see
 * Schedule.memo): lint triages thousands of examples at one `now` against one playbook.
 */
// (The holiday sets may outlive the hours, NO_HOLIDAYS always does: kept by a WeakMap of the hours'.)
const schedules = new Memo<Hours, WeakMap<ReadonlySet<string>, Schedule>>();

export function scheduleOf(hours: Hours, holidays: ReadonlySet<string> = NO_HOLIDAYS): Schedule {
  let byHolidays = schedules.get(hours);
  if (!byHolidays) schedules.set(hours, (byHolidays = new WeakMap()));
  let schedule = byHolidays.get(holidays);
  if (!schedule) {
    const closed = new Set([...(hours.closed ?? []), ...holidays]);
    schedule = { zone: hours.timeZone, week: weekSpans(hours), closed: (day) => closed.has(day) };
    byHolidays.set(holidays, schedule);
  }
  return schedule;
}
