import { phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import { didYouMeanPhrase } from '../../playbook/suggest.js';
import { removedHere } from '../builtin-blame.js';
import { at, type Rule } from '../rule.js';

export const refSituation: Rule = {
  id: 'ref-situation',
  severity: 'error',
  description: "An example's expected situation exists.",
  check(context) {
    const { data } = context.playbook;
    const ids = data.situations.map((s) => s.id);
    const out: Diagnostic[] = [];
    data.examples?.forEach((example, i) => {
      const id = example.expect.situation;
      if (id !== undefined && !ids.includes(id)) out.push(at(refSituation, context, ['examples', i, 'expect', 'situation'], phrase('ref.noSituation', { id, hint: didYouMeanPhrase(id, ids) }), 'value', () => removedHere(context.playbook, 'situations', id)));
    });
    return out;
  },
};
