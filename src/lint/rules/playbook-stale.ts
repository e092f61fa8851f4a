import { counted, phrase } from '../../i18n/phrase.js';
import { durationMs } from '../../playbook/duration.js';
import { at, type Rule } from '../rule.js';

export const playbookStale: Rule = {
  id: 'playbook-stale',
  severity: 'warning',
  leavesPlaybookUsable: true,
  description: 'The playbook was reviewed within its review interval (policies.review).',
  check(context) {
    const review = context.playbook.data.policies?.review;
    if (!review) return [];
    const last = Date.parse(`${review.lastReviewed}T00:00:00Z`);
    if (Number.isNaN(last)) {
      return [{ ...at(playbookStale, context, ['policies', 'review', 'lastReviewed'], phrase('stale.notDate', { date: review.lastReviewed })), severity: 'error' }];
    }
    const due = last + durationMs(review.interval);
    if (context.now.getTime() <= due) return [];
    const days = Math.floor((context.now.getTime() - due) / 86_400_000);
    return [at(playbookStale, context, ['policies', 'review', 'lastReviewed'], counted('stale.due', days, { date: review.lastReviewed, interval: review.interval, days }))];
  },
};
