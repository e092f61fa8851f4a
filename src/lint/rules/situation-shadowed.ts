import { phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import { covers, domains } from '../answer-space.js';
import { at, type Rule } from '../rule.js';

export const situationShadowed: Rule = {
  id: 'situation-shadowed',
  severity: 'error',
  description: 'No situation is hidden by an earlier one that matches every time it would (first match wins).',
  check(context) {
    const { data } = context.playbook;
    const space = domains(data);
    const out: Diagnostic[] = [];
    data.situations.forEach((later, i) => {
      const earlier = data.situations.slice(0, i).find((s) => covers(s.when, later.when, space));
      if (!earlier) return;
      const key = earlier.when ? 'shadowed.first' : 'shadowed.catchAll';
      out.push(at(situationShadowed, context, ['situations', i, 'id'], phrase(key, { later: later.id, earlier: earlier.id })));
    });
    return out;
  },
};
