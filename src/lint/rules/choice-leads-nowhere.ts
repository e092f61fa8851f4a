import { phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import type { LoadedPlaybook } from '../../playbook/load.js';
import type { AnswerValue, Playbook, When } from '../../playbook/types.js';
import { allowed, answerSetsWithSituations, domains, type Domain } from '../answer-space.js';
import { because, builtinItem, changedField, removed, removedIds, type Change } from '../builtin-blame.js';
import { at, type Rule } from '../rule.js';

export const choiceLeadsNowhere: Rule = {
  id: 'choice-leads-nowhere',
  severity: 'error',
  description: 'Every choice of a question, and each answer of a yes/no question, can lead to at least one situation.',
  check(context) {
    const { data } = context.playbook;
    const space = domains(data);
    const leads = leadsSomewhere(data);
    const out: Diagnostic[] = [];
    data.questions.forEach((q, i) => {
      if (q.type !== 'select' && q.type !== 'confirm') return;
      const domain = space.get(q.id)!;
      // A yes/no answer is named as --answer takes it ("no"), at the question.
      const values: [AnswerValue, string, (string | number)[]][] = q.type === 'select'
        ? (q.choices ?? []).map((choice, j) => [choice.value, choice.value, ['choices', j, 'value']])
        : [[true, 'yes', ['id']], [false, 'no', ['id']]];
      for (const [value, word, path] of values) {
        if (leads(q.id, value, domain)) continue;
        const blame = () => because(phrase('choice.noSituation', { choice: word, question: q.id }), lostBy(context.playbook, q.id, value, domain));
        out.push(at(choiceLeadsNowhere, context, ['questions', i, ...path], phrase('choice.leadsNowhere', { choice: word, question: q.id }), 'value', blame));
      }
    });
    return out;
  },
};

/**
 * Whether an answer can lead to a situation. Where the flow's answer sets can be listed, one of those
 * with this answer must match a situation: "other" with chatter "no" leads nowhere when the catch-all
 * is gone, though the chatter situation takes "other". Else (too many to list), some situation's
 * `when` must allow the answer.
 */
function leadsSomewhere(playbook: Playbook): (id: string, value: AnswerValue, domain: Domain) => boolean {
  // A `when` naming no question (ref-question reports it) matches no answer set: those are no guide then.
  const questions = new Set(playbook.questions.map((q) => q.id));
  const named = playbook.situations.every((s) => Object.keys(s.when ?? {}).every((id) => questions.has(id)));
  const sets = named ? answerSetsWithSituations(playbook) : undefined;
  if (!sets) {
    return (id, value, domain) => playbook.situations.some((s) => {
      const values = allowed(s.when, id, domain);
      return values === 'open' || values.has(value);
    });
  }
  const given = new Set<string>();
  const reached = new Set<string>();
  for (const { answers, situation } of sets) {
    for (const [id, value] of Object.entries(answers)) {
      if (value === null || value === undefined) continue;
      const key = `${id}\0${String(value)}`;
      given.add(key);
      if (situation) reached.add(key);
    }
  }
  // An answer the flow never gives (its question is never asked) is another rule's concern.
  return (id, value) => reached.has(`${id}\0${String(value)}`) || !given.has(`${id}\0${String(value)}`);
}

/**
 * A built-in choice that no situation takes any more: the situation that took it in the built-in
 * playbook and that the team removed (one that names the question before a catch-all), or whose
 * `when` the team changed.
 */
function lostBy(playbook: LoadedPlaybook, question: string, value: AnswerValue, domain: Domain): Change | undefined {
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
