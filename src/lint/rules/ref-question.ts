import { phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import { didYouMeanPhrase } from '../../playbook/suggest.js';
import { allWhens } from '../../playbook/walk.js';
import { because, moved, removedHere } from '../builtin-blame.js';
import { at, type Rule } from '../rule.js';

export const refQuestion: Rule = {
  id: 'ref-question',
  severity: 'error',
  description: 'Every question id in a `when` or an example exists (and, in a question, is asked earlier).',
  check(context) {
    const { playbook } = context;
    const { data } = playbook;
    const ids = data.questions.map((q) => q.id);
    const out: Diagnostic[] = [];
    // In a built-in item, a question the team removed is said at its `remove`, one it moved at its
    // `before`/`after`.
    const gone = (id: string) => () => removedHere(playbook, 'questions', id);
    for (const site of allWhens(data)) {
      for (const id of Object.keys(site.when)) {
        const index = ids.indexOf(id);
        if (index === -1) out.push(at(refQuestion, context, [...site.path, id], phrase('ref.noQuestion', { id, hint: didYouMeanPhrase(id, ids) }), 'key', gone(id)));
        else if (index >= site.visibleQuestions) {
          const asking = data.questions[Number(site.path[1])].id;
          out.push(at(refQuestion, context, [...site.path, id], phrase('ref.askedLater', { id }), 'key', (message) => because(message, moved(playbook, 'questions', id) ?? moved(playbook, 'questions', asking))));
        }
      }
    }
    data.examples?.forEach((example, i) => {
      for (const id of Object.keys(example.answers)) {
        if (!ids.includes(id)) out.push(at(refQuestion, context, ['examples', i, 'answers', id], phrase('ref.noQuestion', { id, hint: didYouMeanPhrase(id, ids) }), 'key', gone(id)));
      }
    });
    return out;
  },
};
