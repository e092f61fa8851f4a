// A zone's offsets kept as a table (so the CLI counts staffed time without loading Intl's time-zone
// data): the table reads every instant exactly as Intl does, daylight-saving changes included.
import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { instantOf, localTime, offsetTable, useOffsetTable } from '../../src/hours/zone.js';
import { runInProcess } from '../helpers/cli.js';
import { freshDir } from '../helpers/env.js';

describe('zone offset tables', () => {
  it.each(['Europe/Amsterdam', 'Europe/Stockholm', 'America/New_York', 'Australia/Lord_Howe', 'Asia/Kolkata'])('%s: the changes of 2026 to the second', (zone) => {
    const table = offsetTable(zone, Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1));
    const intl = (t: number) => {
      const p = Object.fromEntries(new Intl.DateTimeFormat('en-US', { timeZone: zone, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric', second: 'numeric' })
        .formatToParts(new Date(t)).map((x) => [x.type, Number(x.value)]));
      return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute, p.second) - t;
    };
    for (const [at, offset] of table.changes.slice(1)) {
      expect(intl(at)).toBe(offset);
      expect(intl(at - 1000)).not.toBe(offset);
    }
    // Lord Howe moves by 30 minutes, Kolkata never: two changes and none.
    expect(table.changes.length - 1).toBe(zone === 'Asia/Kolkata' ? 0 : 2);
  });

  it('the CLI keeps the table in its cache and gives the same plan from it', async () => {
    const cache = freshDir('zone-cache-');
    const env = { REPLYGUIDE_CACHE_DIR: cache, TZ: 'Europe/Amsterdam', REPLYGUIDE_NOW: '2026-03-28T18:50:00Z' };
    // Saturday 19:50 before the change to summer time: due on Monday 08:20 CEST (06:20 UTC).
    const args = ['triage', '--comment', 'My order never arrived', '-a', 'kind=complaint', '-a', 'our_fault=no', '-a', 'private_data=no', '-a', 'own_details=no', '-f', 'json', '--no-log'];
    const first = await runInProcess(args, { env });
    expect(JSON.parse(first.stdout).respondBy).toBe('2026-03-30T06:20:00.000Z');
    const [name] = readdirSync(cache).filter((f) => f.startsWith('zone-'));
    expect(name).toMatch(/^zone-Europe~Amsterdam-2026-[0-9a-z.]+\.zone$/);
    expect(JSON.parse(readFileSync(join(cache, name), 'utf8')).changes).toHaveLength(7); // 2025 to 2027: six changes
    expect((await runInProcess(args, { env })).stdout).toBe(first.stdout);
  });

  it('read through the table, local time and its instant agree on both sides of a change', () => {
    useOffsetTable(offsetTable('Europe/Amsterdam', Date.UTC(2026, 0, 1), Date.UTC(2027, 0, 1)));
    expect(localTime(Date.UTC(2026, 2, 29, 0, 59), 'Europe/Amsterdam')).toEqual({ day: '2026-03-29', minute: 60 + 59 });
    expect(localTime(Date.UTC(2026, 2, 29, 1, 0), 'Europe/Amsterdam')).toEqual({ day: '2026-03-29', minute: 3 * 60 });
    expect(instantOf('2026-03-30', 8 * 60, 'Europe/Amsterdam')).toBe(Date.UTC(2026, 2, 30, 6));
  });
});
