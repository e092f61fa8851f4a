// Wall-clock time in an IANA zone, with Intl only: the offset at an instant, the instant of a local
// time (daylight-saving aware), a calendar day's weekday and its neighbour.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' });
    formatters.set(zone, f);
  }
  return f;
}

/** Whether the runtime knows this IANA zone. */
export function knownZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

export interface LocalTime {
  /** YYYY-MM-DD */
  day: string;
  /** Minutes since local midnight. */
  minute: number;
}

type Parts = { y: number; m: number; d: number; h: number; min: number; s: number };

/**
 * Remembered by zone and instant: a run asks about the same few instants again and again (lint
 * triages thousands of examples at the same "now", each walking the same staffed days), and
 * formatToParts is by far the dearest step. Bounded, so memory does not grow with a long run.
 */
const known = new Map<string, Parts>();
const KNOWN_MAX = 4096;

function parts(instant: number, zone: string): Parts {
  const key = `${zone} ${instant}`;
  const hit = known.get(key);
  if (hit) return hit;
  const p: Record<string, number> = {};
  for (const { type, value } of formatter(zone).formatToParts(new Date(instant))) if (type !== 'literal') p[type] = Number(value);
  const result = { y: p.year, m: p.month, d: p.day, h: p.hour, min: p.minute, s: p.second };
  if (known.size >= KNOWN_MAX) known.clear();
  known.set(key, result);
  return result;
}

/** Milliseconds the zone is ahead of UTC at an instant. */
function offsetAt(instant: number, zone: string): number {
  const p = parts(instant, zone);
  const floored = instant - (((instant % 1000) + 1000) % 1000);
  return Date.UTC(p.y, p.m - 1, p.d, p.h, p.min, p.s) - floored;
}

export function localTime(instant: number, zone: string): LocalTime {
  const p = parts(instant, zone);
  return { day: isoDay(p.y, p.m, p.d), minute: p.h * 60 + p.min };
}

/**
 * The instant a local day + minute happens in the zone. A time skipped by a spring-forward change is
 * taken as the same distance after the change; a repeated one (autumn) as its first occurrence.
 */
export function instantOf(day: string, minute: number, zone: string): number {
  const [y, m, d] = day.split('-').map(Number);
  const wall = Date.UTC(y, m - 1, d, 0, minute);
  const first = wall - offsetAt(wall, zone);
  const second = wall - offsetAt(first, zone);
  if (first === second) return first;
  // Two candidates around a change: the earlier one that reads as this local time, else the later.
  const reads = (t: number) => t + offsetAt(t, zone) === wall;
  const [a, b] = first < second ? [first, second] : [second, first];
  return reads(a) ? a : reads(b) ? b : Math.max(a, b);
}

export function isoDay(y: number, m: number, d: number): string {
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

export function nextDay(day: string): string {
  const [y, m, d] = day.split('-').map(Number);
  const t = new Date(Date.UTC(y, m - 1, d + 1));
  return isoDay(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
