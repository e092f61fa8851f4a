// Targets counted in staffed time: weekends, holidays, closing time and daylight-saving changes,
// with a fixed clock (instants are written in UTC; the comments give the local time).
import { describe, expect, it } from 'vitest';
import { scheduleOf } from '../../src/hours/schedule.js';
import { addStaffed, addStaffedDays, isStaffed, nextOpening } from '../../src/hours/staffed.js';
import { publicHolidays } from '../../src/hours/holidays.js';
import { REGIONS } from '../../src/hours/generated/regions.js';
import { HOLIDAYS_VERSION } from '../../src/hours/generated/holidays-version.js';
import type { Hours } from '../../src/playbook/types.js';
import { replyBy } from '../../src/triage/reply-by.js';
import Holidays from 'date-holidays';

const MIN = 60_000;
const HOUR = 60 * MIN;
const at = (iso: string) => Date.parse(iso);
const iso = (t: number | undefined) => (t === undefined ? undefined : new Date(t).toISOString());

const monToSat: Hours = {
  timeZone: 'Europe/Amsterdam',
  week: { mon: ['08:00-20:00'], tue: ['08:00-20:00'], wed: ['08:00-20:00'], thu: ['08:00-20:00'], fri: ['08:00-20:00'], sat: ['08:00-20:00'] },
};
const monToFri: Hours = { ...monToSat, week: { ...monToSat.week, sat: [] } };

describe('addStaffed', () => {
  it('a comment posted Friday 19:55 with a 30-minute target is due at Saturday 08:25 when Saturday is staffed', () => {
    // Fri 2026-11-20 19:55 CET = 18:55Z
    expect(iso(addStaffed(at('2026-11-20T18:55:00Z'), 30 * MIN, scheduleOf(monToSat)))).toBe('2026-11-21T07:25:00.000Z');
  });

  it('… and at Monday 08:25 when it is not', () => {
    expect(iso(addStaffed(at('2026-11-20T18:55:00Z'), 30 * MIN, scheduleOf(monToFri)))).toBe('2026-11-23T07:25:00.000Z');
  });

  it('a target that ends exactly at closing time is due at closing time', () => {
    expect(iso(addStaffed(at('2026-11-20T18:30:00Z'), 30 * MIN, scheduleOf(monToFri)))).toBe('2026-11-20T19:00:00.000Z');
  });

  it('counts several spans a day, skipping the gap between them', () => {
    const lunch: Hours = { timeZone: 'Europe/Amsterdam', week: { mon: ['09:00-12:00', '13:00-17:00'] } };
    // Mon 2026-11-23 11:30 CET + 1h = 30 min before lunch, 30 min after: 13:30 CET = 12:30Z
    expect(iso(addStaffed(at('2026-11-23T10:30:00Z'), HOUR, scheduleOf(lunch)))).toBe('2026-11-23T12:30:00.000Z');
  });

  it('skips the Christmas holidays of the country (Dutch public holidays from date-holidays)', () => {
    const dutch = scheduleOf({ ...monToSat, holidays: { country: 'NL' } }, new Set(publicHolidays('NL', undefined, 2026)));
    // Thu 2026-12-24 19:50 CET: 10 min, then Christmas (Fri 25) and Boxing Day (Sat 26) are closed, Sunday is not staffed.
    expect(iso(addStaffed(at('2026-12-24T18:50:00Z'), 30 * MIN, dutch))).toBe('2026-12-28T07:20:00.000Z');
  });

  it('one schedule per hours and holiday set: the answers it remembers are its own', () => {
    const hours: Hours = { ...monToSat, holidays: { country: 'NL' } };
    const christmas = new Set(publicHolidays('NL', undefined, 2026));
    // The same question, first on a schedule without the holidays, then with them: Friday 25 is staffed only without.
    expect(iso(addStaffed(at('2026-12-24T18:50:00Z'), 30 * MIN, scheduleOf(hours)))).toBe('2026-12-25T07:20:00.000Z');
    expect(iso(addStaffed(at('2026-12-24T18:50:00Z'), 30 * MIN, scheduleOf(hours, christmas)))).toBe('2026-12-28T07:20:00.000Z');
    expect(scheduleOf(hours, christmas)).toBe(scheduleOf(hours, christmas));
    expect(scheduleOf(hours)).not.toBe(scheduleOf({ ...hours }));
    // Asked again, the same answers; and the team is at work exactly when the next opening is now.
    expect(iso(addStaffed(at('2026-12-24T18:50:00Z'), 30 * MIN, scheduleOf(hours)))).toBe('2026-12-25T07:20:00.000Z');
    expect([isStaffed(at('2026-12-24T18:50:00Z'), scheduleOf(hours, christmas)), isStaffed(at('2026-12-25T10:00:00Z'), scheduleOf(hours, christmas))]).toEqual([true, false]);
  });

  it("skips the team's own closed days", () => {
    const closed = scheduleOf({ ...monToFri, closed: ['2026-11-23'] });
    expect(iso(addStaffed(at('2026-11-20T18:55:00Z'), 30 * MIN, closed))).toBe('2026-11-24T07:25:00.000Z');
  });

  it('counts the opening hours in local time across the autumn change (Europe/Stockholm)', () => {
    const stockholm: Hours = { timeZone: 'Europe/Stockholm', week: { mon: ['08:00-17:00'], tue: ['08:00-17:00'], wed: ['08:00-17:00'], thu: ['08:00-17:00'], fri: ['08:00-17:00'] } };
    // Fri 2026-10-23 16:00 CEST (14:00Z) + 2h: 1h on Friday; clocks go back on Sunday 25 Oct; Mon 09:00 CET = 08:00Z.
    expect(iso(addStaffed(at('2026-10-23T14:00:00Z'), 2 * HOUR, scheduleOf(stockholm)))).toBe('2026-10-26T08:00:00.000Z');
  });

  it('counts the opening hours in local time across the spring change (Europe/Berlin)', () => {
    const berlin: Hours = { timeZone: 'Europe/Berlin', week: { fri: ['08:00-20:00'], mon: ['08:00-20:00'] } };
    // Fri 2026-03-27 19:00 CET (18:00Z) + 2h: 1h on Friday; clocks go forward on Sunday 29 Mar; Mon 09:00 CEST = 07:00Z.
    expect(iso(addStaffed(at('2026-03-27T18:00:00Z'), 2 * HOUR, scheduleOf(berlin)))).toBe('2026-03-30T07:00:00.000Z');
  });

  it('a day staffed around the clock is 23 hours long when the clocks go forward (Europe/Amsterdam)', () => {
    const always: Hours = { timeZone: 'Europe/Amsterdam', week: { sat: ['00:00-24:00'], sun: ['00:00-24:00'] } };
    // Sat 2026-03-28 23:00 CET (22:00Z) + 4h of real time = Sun 04:00 CEST (02:00Z), not 03:00.
    expect(iso(addStaffed(at('2026-03-28T22:00:00Z'), 4 * HOUR, scheduleOf(always)))).toBe('2026-03-29T02:00:00.000Z');
  });

  it('has no deadline for a week with no staffed time', () => {
    expect(addStaffed(at('2026-11-20T18:55:00Z'), HOUR, scheduleOf({ timeZone: 'Europe/Amsterdam', week: {} }))).toBeUndefined();
  });
});

describe('addStaffedDays (targets in days count staffed days)', () => {
  it('Saturday 13:00 + 1 day = Monday 13:00 (Sunday is not staffed)', () => {
    expect(iso(addStaffedDays(at('2026-11-21T12:00:00Z'), 1, scheduleOf(monToSat)))).toBe('2026-11-23T12:00:00.000Z');
  });

  it('Sunday 03:00 + 1 day counts from Monday 08:00: Tuesday 08:00', () => {
    expect(iso(addStaffedDays(at('2026-11-22T02:00:00Z'), 1, scheduleOf(monToSat)))).toBe('2026-11-24T07:00:00.000Z');
  });

  it("a time the next staffed day doesn't cover moves to that day's closing time", () => {
    const short: Hours = { timeZone: 'Europe/Amsterdam', week: { fri: ['08:00-20:00'], sat: ['10:00-14:00'] } };
    // Fri 19:00 CET + 1d: Saturday closes at 14:00 CET = 13:00Z.
    expect(iso(addStaffedDays(at('2026-11-20T18:00:00Z'), 1, scheduleOf(short)))).toBe('2026-11-21T13:00:00.000Z');
  });
});

describe('isStaffed and nextOpening', () => {
  it('Sunday 03:00 is outside hours; the team opens on Monday at 08:00', () => {
    const schedule = scheduleOf(monToSat);
    expect(isStaffed(at('2026-11-22T02:00:00Z'), schedule)).toBe(false);
    expect(iso(nextOpening(at('2026-11-22T02:00:00Z'), schedule))).toBe('2026-11-23T07:00:00.000Z');
    expect(isStaffed(at('2026-11-21T12:00:00Z'), schedule)).toBe(true);
  });
});

describe('replyBy', () => {
  it('an anyHour situation counts wall-clock time and says it is outside hours', () => {
    const by = replyBy({ from: new Date('2026-11-22T02:00:00Z'), now: new Date('2026-11-22T02:00:00Z'), target: '30m', anyHour: true, hours: monToSat });
    expect(by).toEqual({ by: new Date('2026-11-22T02:30:00Z'), hours: { staffedTime: false, outsideHours: true, opens: new Date('2026-11-23T07:00:00Z'), timeZone: 'Europe/Amsterdam' } });
  });

  it('without hours, the target is wall-clock time', () => {
    expect(replyBy({ from: new Date('2026-11-22T02:00:00Z'), now: new Date('2026-11-22T02:00:00Z'), target: '30m', anyHour: false })).toEqual({ by: new Date('2026-11-22T02:30:00Z'), hours: null });
  });
});

describe('the holiday regions lint checks against', () => {
  it('match the installed date-holidays (run scripts/build-holiday-regions.mjs after an upgrade)', async () => {
    const { version } = (await import('date-holidays/package.json', { with: { type: 'json' } })).default;
    expect(HOLIDAYS_VERSION).toBe(version);
    expect(Object.keys(new Holidays().getCountries()).sort()).toEqual(Object.keys(REGIONS));
  });
});
