import { phrase } from '../../i18n/phrase.js';
import { knownZone } from '../../hours/zone.js';
import { at, type Rule } from '../rule.js';

export const hoursZone: Rule = {
  id: 'hours-zone',
  severity: 'error',
  description: 'policies.hours.timeZone is an IANA time zone the runtime knows (e.g. Europe/Amsterdam).',
  check(context) {
    const zone = context.playbook.data.policies?.hours?.timeZone;
    if (zone === undefined || knownZone(zone)) return [];
    return [at(hoursZone, context, ['policies', 'hours', 'timeZone'], phrase('hours.zone', { zone }))];
  },
};
