import { phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import { allowed, domains } from '../answer-space.js';
import { at, type Rule } from '../rule.js';

export const choiceLeadsNowhere: Rule = {
  id: 'choice-leads-nowhere',
  severity: 'error',
  description: 'Every choice of a question can lead to at least one situation.',
  check(context) {
    const { data } = context.playbook;
    const space = domains(data);
    const out: Diagnostic[] = [];
    data.questions.forEach((q, i) => {
      if (q.type !== 'select') return;
      const domain = space.get(q.id)!;
      q.choices?.forEach((choice, j) => {
        const reachable = data.situations.some((s) => {
          const values = allowed(s.when, q.id, domain);
          return values === 'open' || values.has(choice.value);
        });
        if (!reachable) {
          out.push(at(choiceLeadsNowhere, context, ['questions', i, 'choices', j, 'value'], phrase('choice.leadsNowhere', { choice: choice.value, question: q.id })));
        }
      });
    });
    return out;
  },
};
