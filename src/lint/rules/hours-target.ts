import type { Diagnostic } from '../../diagnostics.js';
import { phrase } from '../../i18n/phrase.js';
import { durationMs } from '../../playbook/duration.js';
import { weekSpans } from '../../hours/schedule.js';
import { staffedDaysPerWeek, staffedWeekMs } from '../../hours/staffed.js';
import { at, type Rule } from '../rule.js';

export const hoursTarget: Rule = {
  id: 'hours-target',
  severity: 'warning',
  description: 'Every response-time target fits in the staffed week (it counts staffed time only).',
  check(context) {
    const { policies } = context.playbook.data;
    if (!policies?.hours) return [];
    const week = staffedWeekMs(weekSpans(policies.hours));
    if (week === 0) return [at(hoursTarget, context, ['policies', 'hours', 'week'], phrase('hours.noStaffedTime'), 'key')];
    const out: Diagnostic[] = [];
    const days = staffedDaysPerWeek(weekSpans(policies.hours));
    for (const [name, duration] of Object.entries(policies.responseTimes ?? {})) {
      // Days count staffed days (more than the week has is more than a week); hours count staffed time.
      const unit = duration.slice(-1);
      const tooLong = unit === 'w' ? Number(duration.slice(0, -1)) > 1 : unit === 'd' ? Number(duration.slice(0, -1)) > days : durationMs(duration) > week;
      if (tooLong) out.push(at(hoursTarget, context, ['policies', 'responseTimes', name], phrase('hours.target', { name, duration, week: unit === 'd' || unit === 'w' ? `${days}d` : `${Math.round(week / 3_600_000)}h` })));
    }
    return out;
  },
};
