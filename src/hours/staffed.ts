// Staffed time: when the team works (weekly spans in a time zone, minus holidays and its own closed
// days), and targets counted in it. Pure: the holidays come in as a function, the clock as arguments.
import { instantOf, localTime, nextDay, weekday } from './zone.js';

export const WEEKDAYS = ['sun', 'mon', 'tue', 'wed', 'thu', 'fri', 'sat'] as const;
export type Weekday = (typeof WEEKDAYS)[number];

/** Minutes since local midnight; `close` may be 1440 (24:00). */
export interface Span {
  open: number;
  close: number;
}

export interface Schedule {
  zone: string;
  /** Spans per weekday, 0 = Sunday, sorted. */
  week: Span[][];
  /** Whether a local day (YYYY-MM-DD) is closed: a public holiday or the team's own closed day. */
  closed(day: string): boolean;
  /** Instants already worked out on this schedule, by question (each costs time-zone arithmetic over days). */
  memo?: Map<string, number | undefined>;
}

/** A schedule remembers this many answers, then starts again (a long queue asks about ever new instants). */
const MEMO_MAX = 4096;

function remembered(schedule: Schedule, question: string, work: () => number | undefined): number | undefined {
  const memo = (schedule.memo ??= new Map());
  if (memo.has(question)) return memo.get(question);
  const answer = work();
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(question, answer);
  return answer;
}

/** "08:00-20:00" (close up to 24:00, after open), else undefined. */
export function parseSpan(text: string): Span | undefined {
  const m = /^([01][0-9]|2[0-3]):([0-5][0-9])-([01][0-9]|2[0-3]|24):([0-5][0-9])$/.exec(text);
  if (!m) return undefined;
  const open = Number(m[1]) * 60 + Number(m[2]);
  const close = Number(m[3]) * 60 + Number(m[4]);
  if (close > 1440 || close <= open) return undefined;
  return { open, close };
}

export function formatMinute(minute: number): string {
  return `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;
}

/** How far ahead a target is looked for before giving up (a schedule with no staffed day). */
const HORIZON_DAYS = 800;

/** The staffed intervals [from, to) as instants, from the local day of `start` on, clipped to start. */
function* staffedIntervals(start: number, schedule: Schedule): Generator<[number, number]> {
  let day = localTime(start, schedule.zone).day;
  for (let i = 0; i < HORIZON_DAYS; i++, day = nextDay(day)) {
    const spans = schedule.week[weekday(day)];
    if (spans.length === 0 || schedule.closed(day)) continue;
    for (const span of spans) {
      const from = instantOf(day, span.open, schedule.zone);
      const to = span.close === 1440 ? instantOf(nextDay(day), 0, schedule.zone) : instantOf(day, span.close, schedule.zone);
      if (to <= start) continue;
      yield [Math.max(from, start), to];
    }
  }
}

/** Whether the team is at work at an instant. */
export function isStaffed(instant: number, schedule: Schedule): boolean {
  return nextOpening(instant, schedule) === instant;
}

/**
 * The instant a target of `ms` staffed milliseconds runs out, counted from `start`: time outside the
 * spans, on holidays and closed days does not count. Undefined when the schedule has no staffed time.
 */
export function addStaffed(start: number, ms: number, schedule: Schedule): number | undefined {
  return remembered(schedule, `+ ${start} ${ms}`, () => {
    let left = ms;
    for (const [from, to] of staffedIntervals(start, schedule)) {
      if (to - from >= left) return from + left;
      left -= to - from;
    }
    return undefined;
  });
}

/** When the team is next at work, from an instant (the instant itself when staffed). */
export function nextOpening(instant: number, schedule: Schedule): number | undefined {
  return remembered(schedule, `open ${instant}`, () => {
    const first = staffedIntervals(instant, schedule).next();
    return first.done ? undefined : first.value[0];
  });
}

function staffedDay(day: string, schedule: Schedule): boolean {
  return schedule.week[weekday(day)].length > 0 && !schedule.closed(day);
}

/**
 * A target in days, counted in staffed days: from the moment the team can first see the comment (the
 * posted time, or the next opening), the same local time `days` staffed days later. When the team is
 * not at work at that time of that day, the next moment it is that day, else the day's closing time.
 * Undefined when the schedule has no staffed time.
 */
export function addStaffedDays(start: number, days: number, schedule: Schedule): number | undefined {
  return remembered(schedule, `days ${start} ${days}`, () => staffedDaysLater(start, days, schedule));
}

function staffedDaysLater(start: number, days: number, schedule: Schedule): number | undefined {
  const begin = nextOpening(start, schedule);
  if (begin === undefined) return undefined;
  const { day: first, minute } = localTime(begin, schedule.zone);
  let day = first;
  for (let counted = 0, i = 0; counted < days; i++) {
    if (i > HORIZON_DAYS) return undefined;
    day = nextDay(day);
    if (staffedDay(day, schedule)) counted++;
  }
  const spans = schedule.week[weekday(day)];
  const inside = spans.find((s) => s.close > minute);
  if (!inside) {
    const last = spans[spans.length - 1];
    return last.close === 1440 ? instantOf(nextDay(day), 0, schedule.zone) : instantOf(day, last.close, schedule.zone);
  }
  return instantOf(day, Math.max(inside.open, minute), schedule.zone);
}

/** Staffed days in a plain week (holidays aside). */
export function staffedDaysPerWeek(week: Span[][]): number {
  return week.filter((spans) => spans.length > 0).length;
}

/** Staffed milliseconds in a plain week (holidays aside). */
export function staffedWeekMs(week: Span[][]): number {
  return week.reduce((sum, spans) => sum + spans.reduce((s, span) => s + (span.close - span.open) * 60_000, 0), 0);
}
