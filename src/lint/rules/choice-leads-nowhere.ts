import { phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import type { LoadedPlaybook } from '../../playbook/load.js';
import type { When } from '../../playbook/types.js';
import { allowed, domains, type Domain } from '../answer-space.js';
import { because, builtinItem, changedField, removed, removedIds, type Change } from '../builtin-blame.js';
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
          const blame = () => because(phrase('choice.noSituation', { choice: choice.value, question: q.id }), lostBy(context.playbook, q.id, choice.value, domain));
          out.push(at(choiceLeadsNowhere, context, ['questions', i, 'choices', j, 'value'], phrase('choice.leadsNowhere', { choice: choice.value, question: q.id }), 'value', blame));
        }
      });
    });
    return out;
  },
};

/**
 * A built-in choice that no situation takes any more: the situation that took it in the built-in
 * playbook and that the team removed (one that names the question before a catch-all), or whose
 * `when` the team changed.
 */
function lostBy(playbook: LoadedPlaybook, question: string, value: string, domain: Domain): Change | undefined {
  const took = (when: unknown) => {
    const values = allowed(when as When | undefined, question, domain);
    return values === 'open' || values.has(value);
  };
  const gone = removedIds(playbook, 'situations').filter((id) => { const item = builtinItem(playbook, 'situations', id); return item !== undefined && took(item.when); });
  const named = gone.find((id) => Object.hasOwn((builtinItem(playbook, 'situations', id)!.when as object | undefined) ?? {}, question));
  const id = named ?? gone[0];
  if (id !== undefined) return removed(playbook, 'situations', id);
  for (const [index, situation] of playbook.data.situations.entries()) {
    const before = builtinItem(playbook, 'situations', situation.id);
    const change = before && took(before.when) ? changedField(playbook, ['situations', index, 'when']) : undefined;
    if (change) return change;
  }
  return undefined;
}
