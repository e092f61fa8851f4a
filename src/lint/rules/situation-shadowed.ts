import { phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import type { LoadedPlaybook } from '../../playbook/load.js';
import type { Situation } from '../../playbook/types.js';
import { domains, firstCovering } from '../answer-space.js';
import { because, changedField, itemChange } from '../builtin-blame.js';
import type { Blame } from '../example-blame.js';
import { at, type Rule } from '../rule.js';

export const situationShadowed: Rule = {
  id: 'situation-shadowed',
  severity: 'error',
  description: 'No situation is hidden by an earlier one that matches every time it would (first match wins).',
  check(context) {
    const { data } = context.playbook;
    const space = domains(data);
    const out: Diagnostic[] = [];
    const covering = firstCovering(data.situations, space);
    data.situations.forEach((later, i) => {
      const e = covering[i];
      if (e === -1) return;
      const earlier = data.situations[e];
      const key = earlier.when ? 'shadowed.first' : 'shadowed.catchAll';
      out.push(at(situationShadowed, context, ['situations', i, 'id'], phrase(key, { later: later.id, earlier: earlier.id }), 'value', () => blame(context.playbook, e, earlier, later)));
    });
    return out;
  },
};

/**
 * A built-in situation hidden by one the team added, whose `when` it changed, or that it moved up:
 * said at that situation.
 */
function blame(playbook: LoadedPlaybook, index: number, earlier: Situation, later: Situation): Blame | undefined {
  const change = itemChange(playbook, 'situations', index, ['when']) ?? choicesChanged(playbook, earlier);
  return because(phrase('shadowed.byTeam', { later: later.id, earlier: earlier.id }), change);
}

/** Else the choices of a question the earlier situation checks, rewritten by the team (fewer answers: it now covers the later one). */
function choicesChanged(playbook: LoadedPlaybook, earlier: Situation) {
  for (const id of Object.keys(earlier.when ?? {})) {
    const q = playbook.data.questions.findIndex((question) => question.id === id);
    const change = q === -1 ? undefined : changedField(playbook, ['questions', q, 'choices']);
    if (change) return change;
  }
  return undefined;
}
