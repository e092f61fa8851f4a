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
  if (tables.has(zone)) return true;
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
  const table = tables.get(zone);
  if (table && instant >= table.from && instant < table.to) return fromOffset(instant, offsetIn(table, instant));
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

/**
 * A zone's UTC offsets over a period: the offset at `from`, then each change as [instant, offset].
 * Loading Intl's time-zone data costs ~15 ms of a start-up, so the CLI keeps this table in its cache
 * and hands it over (useOffsetTable); the zone's clock is then read without Intl.
 */
export interface OffsetTable {
  zone: string;
  from: number;
  to: number;
  changes: [number, number][];
}

const tables = new Map<string, OffsetTable>();

export function useOffsetTable(table: OffsetTable): void {
  tables.set(table.zone, table);
}

/** The table of [from, to), worked out with Intl: a look every 6 hours, each change found to the second. */
export function offsetTable(zone: string, from: number, to: number): OffsetTable {
  const STEP = 6 * 3_600_000;
  const changes: [number, number][] = [[from, offsetAt(from, zone)]];
  for (let t = from + STEP; t < to + STEP; t += STEP) {
    const at = Math.min(t, to);
    const previous = changes[changes.length - 1][1];
    if (offsetAt(at, zone) === previous) continue;
    let [low, high] = [at - STEP, at]; // the change lies in (low, high]
    while (high - low > 1000) {
      const mid = low + Math.floor((high - low) / 2000) * 1000;
      if (offsetAt(mid, zone) === previous) low = mid; else high = mid;
    }
    changes.push([high, offsetAt(high, zone)]);
  }
  return { zone, from, to, changes };
}

function offsetIn(table: OffsetTable, instant: number): number {
  let offset = table.changes[0][1];
  for (const [at, value] of table.changes) {
    if (at > instant) break;
    offset = value;
  }
  return offset;
}

function fromOffset(instant: number, offset: number): Parts {
  const d = new Date(instant + offset);
  return { y: d.getUTCFullYear(), m: d.getUTCMonth() + 1, d: d.getUTCDate(), h: d.getUTCHours(), min: d.getUTCMinutes(), s: d.getUTCSeconds() };
}
