// The reply-by time of a plan: the target counted in staffed time when the playbook has hours (from
// the posted time, else now), in wall-clock time without hours or for an anyHour situation.
import { durationMs } from '../playbook/duration.js';
import type { Hours } from '../playbook/types.js';
import { knownZone } from '../hours/zone.js';
import { scheduleOf } from '../hours/schedule.js';
import { addStaffed, addStaffedDays, isStaffed, nextOpening, staffedDaysPerWeek, type Schedule } from '../hours/staffed.js';

export interface ReplyByRequest {
  from: Date;
  now: Date;
  target: string;
  anyHour: boolean;
  hours?: Hours;
  holidays?: ReadonlySet<string>;
}

export interface ReplyBy {
  by: Date;
  hours: {
    /** The target counts staffed time only (false: wall-clock, an anyHour situation). */
    staffedTime: boolean;
    /** Nobody is at work now. */
    outsideHours: boolean;
    /** When the team is next at work (now, when it is). */
    opens: Date | null;
    /** The team's IANA zone, which its hours and the holding reply's times are in. */
    timeZone: string;
  } | null;
}

export function replyBy(request: ReplyByRequest): ReplyBy {
  const ms = durationMs(request.target);
  const wallClock = new Date(request.from.getTime() + ms);
  // Without hours (or with a zone the runtime does not know: lint says so), wall-clock time.
  if (!request.hours || !knownZone(request.hours.timeZone)) return { by: wallClock, hours: null };
  const schedule = scheduleOf(request.hours, request.holidays);
  const outsideHours = !isStaffed(request.now.getTime(), schedule);
  const opening = nextOpening(request.now.getTime(), schedule);
  const opens = opening === undefined ? null : new Date(opening);
  const timeZone = request.hours.timeZone;
  if (request.anyHour) return { by: wallClock, hours: { staffedTime: false, outsideHours, opens, timeZone } };
  const staffed = staffedDeadline(request.from, request.target, schedule);
  return { by: staffed === undefined ? wallClock : new Date(staffed), hours: { staffedTime: staffed !== undefined, outsideHours, opens, timeZone } };
}

/**
 * A duration counted in staffed time from an instant: minutes and hours in staffed time, days and
 * weeks in staffed days (1w: as many as the week has). Undefined when the schedule has no staffed time.
 */
export function staffedDeadline(from: Date, duration: string, schedule: Schedule): number | undefined {
  const [, amount, unit] = /^(\d+)([mhdw])$/.exec(duration)!;
  const days = unit === 'd' ? Number(amount) : unit === 'w' ? Number(amount) * staffedDaysPerWeek(schedule.week) : 0;
  return days > 0 ? addStaffedDays(from.getTime(), days, schedule) : addStaffed(from.getTime(), durationMs(duration), schedule);
}

/** The playbook's staffed hours as a schedule, or undefined without hours (or with a zone the runtime does not know). */
export function playbookSchedule(hours: Hours | undefined, holidays?: ReadonlySet<string>): Schedule | undefined {
  return hours && knownZone(hours.timeZone) ? scheduleOf(hours, holidays) : undefined;
}

/** When to go back to the thread: `after` (default 1d) from the reply, in staffed time when there are hours. */
export function followUpBy(now: Date, after: string, schedule: Schedule | undefined): Date {
  const staffed = schedule && staffedDeadline(now, after, schedule);
  return new Date(staffed ?? now.getTime() + durationMs(after));
}
