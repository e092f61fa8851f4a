import { phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import { didYouMeanPhrase } from '../../playbook/suggest.js';
import { removedHere } from '../builtin-blame.js';
import { at, type Rule } from '../rule.js';

export const refContact: Rule = {
  id: 'ref-contact',
  severity: 'error',
  description: 'Every `route`, step `to` and `policies.hours.onCall` names a contact in `contacts`.',
  check(context) {
    const { data } = context.playbook;
    const ids = Object.keys(data.contacts ?? {});
    const out: Diagnostic[] = [];
    const check = (id: string | undefined, path: (string | number)[]) => {
      if (id === undefined || ids.includes(id)) return;
      const message = phrase('ref.noContact', { id, hint: didYouMeanPhrase(id, ids) || (ids.length ? phrase('hint.contacts', { list: ids.join(', ') }) : phrase('hint.noContacts')) });
      // A built-in situation routes to a contact the team removed: said at its `remove`.
      out.push(at(refContact, context, path, message, 'value', () => removedHere(context.playbook, 'contacts', id)));
    };
    check(data.policies?.hours?.onCall, ['policies', 'hours', 'onCall']);
    data.situations.forEach((s, i) => {
      check(s.route, ['situations', i, 'route']);
      s.steps?.forEach((step, j) => check(step.to, ['situations', i, 'steps', j, 'to']));
    });
    return out;
  },
};
