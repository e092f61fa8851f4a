// The public holidays a playbook's hours name, for the years a reply-by time can reach. Loading the
// holiday library costs ~150 ms, so each country/region/year is computed once and kept in the cache
// folder (beside the parsed playbooks), keyed by the library's version. A broken cache is ignored.
// On the way, the playbook zone's offsets are handed to zone.ts from the same cache (see
// loadZoneOffsets), so counting staffed time never loads Intl's time-zone data on the fast path.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { HOLIDAYS_VERSION } from '../hours/generated/holidays-version.js';
import type { Playbook } from '../playbook/types.js';
import { storeInCache } from '../playbook/parse-cache.js';
import type { Io } from './io.js';
import { knownZone, offsetTable, useOffsetTable, type OffsetTable } from '../hours/zone.js';
import { parseCache } from './playbook-input.js';

export async function playbookHolidays(playbook: Playbook, from: Date, io: Io): Promise<Set<string> | undefined> {
  if (playbook.policies?.hours) loadZoneOffsets(playbook.policies.hours.timeZone, from, io);
  const wanted = playbook.policies?.hours?.holidays;
  if (!wanted || !playbook.policies?.responseTimes) return undefined;
  const year = from.getUTCFullYear();
  const days = new Set<string>();
  // A target runs a few days at most: this year's and next year's holidays cover it.
  for (const y of [year, year + 1]) for (const d of await yearHolidays(wanted.country, wanted.region, y, io)) days.add(d);
  return days;
}

/**
 * The zone's offsets from last year to the end of next year, from the cache (worked out with Intl once
 * and kept), so staffed time is counted without loading Intl's time-zone data. An unknown zone is left
 * to Intl and lint (hours-zone).
 */
function loadZoneOffsets(zone: string, around: Date, io: Io): void {
  const cache = parseCache(io.env);
  if (!cache || !/^[A-Za-z0-9_+-]+(\/[A-Za-z0-9_+-]+)*$/.test(zone)) return;
  const year = around.getUTCFullYear();
  const from = Date.UTC(year - 1, 0, 1);
  const to = Date.UTC(year + 2, 0, 1);
  const name = `zone-${zone.replaceAll('/', '~')}-${year}-${TZ_DATA}.zone`;
  try {
    const table = JSON.parse(readFileSync(join(cache.dir, name), 'utf8')) as OffsetTable;
    if (table.zone === zone && table.from === from && table.to === to && Array.isArray(table.changes) && table.changes.length > 0) {
      useOffsetTable(table);
      return;
    }
  } catch { /* not cached yet */ }
  if (!knownZone(zone)) return;
  const table = offsetTable(zone, from, to);
  storeInCache(cache, name, JSON.stringify(table));
  useOffsetTable(table);
}

/** The time-zone rules this Node carries: a new tzdata (a country changing its clocks) means new tables. */
const TZ_DATA = (process.versions.tz ?? process.versions.icu ?? 'unknown').replace(/[^0-9a-z.]/gi, '');

async function yearHolidays(country: string, region: string | undefined, year: number, io: Io): Promise<string[]> {
  const cache = parseCache(io.env);
  const file = cache && join(cache.dir, `holidays-${HOLIDAYS_VERSION}-${country}-${region ?? ''}-${year}.holidays`);
  if (file) {
    try {
      const cached: unknown = JSON.parse(readFileSync(file, 'utf8'));
      if (Array.isArray(cached) && cached.every((d) => typeof d === 'string')) return cached;
    } catch { /* not cached yet */ }
  }
  const { publicHolidays } = await import('../hours/holidays.js');
  let days: string[];
  try {
    days = publicHolidays(country, region, year);
  } catch {
    return []; // an unknown country or region: lint reports it (hours-holidays)
  }
  if (file && cache) storeInCache(cache, basename(file), JSON.stringify(days));
  return days;
}
