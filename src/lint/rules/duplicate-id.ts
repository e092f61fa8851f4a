import type { Diagnostic } from '../../diagnostics.js';
import { at, type Rule } from '../rule.js';

export const duplicateId: Rule = {
  id: 'duplicate-id',
  severity: 'error',
  description: 'Question, situation and example ids, and choice values within a question, are unique.',
  check(context) {
    const { data } = context.playbook;
    const out: Diagnostic[] = [];
    const unique = (items: { id: string }[] | undefined, list: string, kind: string) => {
      const seen = new Set<string>();
      items?.forEach((item, i) => {
        if (seen.has(item.id)) out.push(at(duplicateId, context, [list, i, 'id'], `${kind} id "${item.id}" is used twice`));
        seen.add(item.id);
      });
    };
    unique(data.questions, 'questions', 'question');
    unique(data.situations, 'situations', 'situation');
    unique(data.examples, 'examples', 'example');
    data.questions.forEach((q, i) => {
      const seen = new Set<string>();
      q.choices?.forEach((c, j) => {
        if (seen.has(c.value)) out.push(at(duplicateId, context, ['questions', i, 'choices', j, 'value'], `choice "${c.value}" appears twice in question "${q.id}"`));
        seen.add(c.value);
      });
    });
    return out;
  },
};
