import { phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import { didYouMeanPhrase } from '../../playbook/suggest.js';
import { at, type Rule } from '../rule.js';

export const refResponseTime: Rule = {
  id: 'ref-response-time',
  severity: 'error',
  description: 'Every `respondWithin` names a target in policies.responseTimes.',
  check(context) {
    const { data } = context.playbook;
    const names = Object.keys(data.policies?.responseTimes ?? {});
    const out: Diagnostic[] = [];
    data.situations.forEach((s, i) => {
      if (s.respondWithin !== undefined && !names.includes(s.respondWithin)) {
        const known = didYouMeanPhrase(s.respondWithin, names) || (names.length ? phrase('hint.targets', { list: names.join(', ') }) : phrase('hint.noTargets'));
        out.push(at(refResponseTime, context, ['situations', i, 'respondWithin'], phrase('ref.noTarget', { id: s.respondWithin, hint: known })));
      }
    });
    return out;
  },
};
