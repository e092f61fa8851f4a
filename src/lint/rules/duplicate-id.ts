import { phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import { at, type Rule } from '../rule.js';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  description: 'Question, situation and example ids, and choice values within a question, are unique.',
  check(context) {
    const { data } = context.playbook;
    const out: Diagnostic[] = [];
    const unique = (items: { id: string }[] | undefined, list: string, key: 'duplicate.question' | 'duplicate.situation' | 'duplicate.example') => {
      const seen = new Set<string>();
      items?.forEach((item, i) => {
        if (seen.has(item.id)) out.push(at(duplicateId, context, [list, i, 'id'], phrase(key, { id: item.id })));
        seen.add(item.id);
      });
    };
    unique(data.questions, 'questions', 'duplicate.question');
    unique(data.situations, 'situations', 'duplicate.situation');
    unique(data.examples, 'examples', 'duplicate.example');
    data.questions.forEach((q, i) => {
      const seen = new Set<string>();
      q.choices?.forEach((c, j) => {
        if (seen.has(c.value)) out.push(at(duplicateId, context, ['questions', i, 'choices', j, 'value'], phrase('duplicate.choice', { choice: c.value, question: q.id })));
        seen.add(c.value);
      });
    });
    return out;
  },
};
