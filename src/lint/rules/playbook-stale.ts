import { durationMs } from '../../playbook/duration.js';
import { at, type Rule } from '../rule.js';

export const playbookStale: Rule = {
  id: 'playbook-stale',
  severity: 'warning',
  description: 'The playbook was reviewed within its review interval (policies.review).',
  check(context) {
    const review = context.playbook.data.policies?.review;
    if (!review) return [];
    const last = Date.parse(`${review.lastReviewed}T00:00:00Z`);
    if (Number.isNaN(last)) {
      return [{ ...at(playbookStale, context, ['policies', 'review', 'lastReviewed'], `"${review.lastReviewed}" is not a real date`), severity: 'error' }];
    }
    const due = last + durationMs(review.interval);
    if (context.now.getTime() <= due) return [];
    const days = Math.floor((context.now.getTime() - due) / 86_400_000);
    return [at(playbookStale, context, ['policies', 'review', 'lastReviewed'], `last reviewed ${review.lastReviewed}; the ${review.interval} review was due ${days} day${days === 1 ? '' : 's'} ago`)];
  },
};
