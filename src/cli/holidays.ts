// The public holidays a playbook's hours name, for the years a reply-by time can reach. Loading the
// holiday library costs ~150 ms, so each country/region/year is computed once and kept in the cache
// folder (beside the parsed playbooks), keyed by the library's version. A broken cache is ignored.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { HOLIDAYS_VERSION } from '../hours/generated/regions.js';
import type { Playbook } from '../playbook/types.js';
import { storeInCache } from '../playbook/parse-cache.js';
import type { Io } from './io.js';
import { parseCache } from './playbook-input.js';

export async function playbookHolidays(playbook: Playbook, from: Date, io: Io): Promise<Set<string> | undefined> {
  const wanted = playbook.policies?.hours?.holidays;
  if (!wanted || !playbook.policies?.responseTimes) return undefined;
  const year = from.getUTCFullYear();
  const days = new Set<string>();
  // A target runs a few days at most: this year's and next year's holidays cover it.
  for (const y of [year, year + 1]) for (const d of await yearHolidays(wanted.country, wanted.region, y, io)) days.add(d);
  return days;
}

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
