import type { Diagnostic } from '../../diagnostics.js';
import { didYouMean } from '../../playbook/suggest.js';
import type { AnswerValue, Question } from '../../playbook/types.js';
import { allWhens } from '../../playbook/walk.js';
import type { Path } from '../../playbook/yaml-source.js';
import { conditionValues } from '../../triage/when.js';
import { at, type Rule, type RuleContext } from '../rule.js';

export const refChoice: Rule = {
  id: 'ref-choice',
  severity: 'error',
  description: 'Values in a `when` or an example are valid answers to their question.',
  check(context) {
    const { data } = context.playbook;
    const byId = new Map(data.questions.map((q) => [q.id, q]));
    const out: Diagnostic[] = [];
    for (const site of allWhens(data)) {
      for (const [id, condition] of Object.entries(site.when)) {
        const question = byId.get(id);
        if (!question) continue; // ref-question reports it
        for (const value of conditionValues(condition)) check(context, question, value, [...site.path, id], out);
      }
    }
    data.examples?.forEach((example, i) => {
      for (const [id, value] of Object.entries(example.answers)) {
        const question = byId.get(id);
        if (question) check(context, question, value, ['examples', i, 'answers', id], out);
      }
    });
    return out;
  },
};

function check(context: RuleContext, question: Question, value: AnswerValue, path: Path, out: Diagnostic[]): void {
  if (question.type === 'select') {
    const values = question.choices?.map((c) => c.value) ?? [];
    if (!values.includes(value as string)) {
      out.push(at(refChoice, context, path, `"${String(value)}" is not a choice of question "${question.id}"${didYouMean(String(value), values) || ` (choices: ${values.join(', ')})`}`));
    }
  } else if (question.type === 'confirm' && typeof value !== 'boolean') {
    out.push(at(refChoice, context, path, `question "${question.id}" is a yes/no question: use true or false, not ${JSON.stringify(value)}`));
  } else if (question.type === 'input' && typeof value !== 'string') {
    out.push(at(refChoice, context, path, `question "${question.id}" takes text, not ${JSON.stringify(value)}`));
  }
}
