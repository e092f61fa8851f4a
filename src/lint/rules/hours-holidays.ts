import { phrase } from '../../i18n/phrase.js';
import { REGIONS } from '../../hours/generated/regions.js';
import { didYouMeanPhrase } from '../../playbook/suggest.js';
import { at, type Rule } from '../rule.js';

export const hoursHolidays: Rule = {
  id: 'hours-holidays',
  severity: 'error',
  description: 'policies.hours.holidays names a country (and region) the holiday calendar (date-holidays) knows.',
  check(context) {
    const holidays = context.playbook.data.policies?.hours?.holidays;
    if (!holidays) return [];
    const regions = REGIONS[holidays.country];
    if (!regions) return [at(hoursHolidays, context, ['policies', 'hours', 'holidays', 'country'], phrase('hours.country', { country: holidays.country, hint: didYouMeanPhrase(holidays.country, Object.keys(REGIONS)) }))];
    if (holidays.region !== undefined && !regions.includes(holidays.region)) {
      return [at(hoursHolidays, context, ['policies', 'hours', 'holidays', 'region'], phrase('hours.region', { region: holidays.region, country: holidays.country, list: regions.join(', ') || '-' }))];
    }
    return [];
  },
};
