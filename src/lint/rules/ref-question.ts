import type { Diagnostic } from '../../diagnostics.js';
import { didYouMean } from '../../playbook/suggest.js';
import { allWhens } from '../../playbook/walk.js';
import { at, type Rule } from '../rule.js';

export const refQuestion: Rule = {
  id: 'ref-question',
  severity: 'error',
  description: 'Every question id in a `when` or an example exists (and, in a question, is asked earlier).',
  check(context) {
    const { data } = context.playbook;
    const ids = data.questions.map((q) => q.id);
    const out: Diagnostic[] = [];
    for (const site of allWhens(data)) {
      for (const id of Object.keys(site.when)) {
        const index = ids.indexOf(id);
        if (index === -1) out.push(at(refQuestion, context, [...site.path, id], `no question "${id}"${didYouMean(id, ids)}`, 'key'));
        else if (index >= site.visibleQuestions) {
          out.push(at(refQuestion, context, [...site.path, id], `question "${id}" is asked after this one; a question can only depend on earlier answers`, 'key'));
        }
      }
    }
    data.examples?.forEach((example, i) => {
      for (const id of Object.keys(example.answers)) {
        if (!ids.includes(id)) out.push(at(refQuestion, context, ['examples', i, 'answers', id], `no question "${id}"${didYouMean(id, ids)}`, 'key'));
      }
    });
    return out;
  },
};
