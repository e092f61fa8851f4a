import type { Diagnostic } from '../../diagnostics.js';
import { phrase } from '../../i18n/phrase.js';
import { parseSpan, WEEKDAYS } from '../../hours/staffed.js';
import { at, type Rule } from '../rule.js';

export const hoursOverlap: Rule = {
  id: 'hours-overlap',
  severity: 'error',
  description: 'Staffed spans in policies.hours.week open before they close and do not overlap on a day.',
  check(context) {
    const week = context.playbook.data.policies?.hours?.week ?? {};
    const out: Diagnostic[] = [];
    for (const day of WEEKDAYS) {
      const spans = week[day] ?? [];
      spans.forEach((text, i) => {
        const path = ['policies', 'hours', 'week', day, i];
        const span = parseSpan(text);
        if (!span) {
          out.push(at(hoursOverlap, context, path, phrase('hours.emptySpan', { span: text })));
          return;
        }
        const other = spans.slice(0, i).find((o) => {
          const s = parseSpan(o);
          return s !== undefined && s.open < span.close && span.open < s.close;
        });
        if (other !== undefined) out.push(at(hoursOverlap, context, path, phrase('hours.overlap', { span: text, other, day })));
      });
    }
    return out;
  },
};
