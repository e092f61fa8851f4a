import type { Diagnostic } from '../../diagnostics.js';
import { didYouMean } from '../../playbook/suggest.js';
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
        const known = didYouMean(s.respondWithin, names) || (names.length ? ` (targets: ${names.join(', ')})` : ' (policies.responseTimes is empty)');
        out.push(at(refResponseTime, context, ['situations', i, 'respondWithin'], `no response-time target "${s.respondWithin}"${known}`));
      }
    });
    return out;
  },
};
