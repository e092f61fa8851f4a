// Public holidays of a country (and region) in a year, from date-holidays: a maintained calendar,
// never a hand-written one. Only `public` holidays close the team (not bank, school or observance
// days). Loading the library costs ~150 ms, so the CLI imports this module only when a playbook
// names a country and caches what it computes (src/cli/holidays.ts).
import Holidays from 'date-holidays';

export function publicHolidays(country: string, region: string | undefined, year: number): string[] {
  const calendar = region ? new Holidays(country, region) : new Holidays(country);
  return calendar.getHolidays(year)
    .filter((h) => h.type === 'public')
    .map((h) => h.date.slice(0, 10))
    .sort();
}
