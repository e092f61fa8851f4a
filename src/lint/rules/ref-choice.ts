import { phrase, type Phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import { didYouMeanPhrase } from '../../playbook/suggest.js';
import type { AnswerValue, Question } from '../../playbook/types.js';
import { allWhens } from '../../playbook/walk.js';
import type { Path } from '../../playbook/yaml-source.js';
import { conditionValues } from '../../triage/when.js';
import { because, changedField } from '../builtin-blame.js';
import { at, type Rule, type RuleContext } from '../rule.js';

export const refChoice: Rule = {
  id: 'ref-choice',
  severity: 'error',
  description: 'Values in a `when` or an example are valid answers to their question.',
  check(context) {
    const { data } = context.playbook;
    // Each question's choices as a set, worked out once: a `when` per situation checked against a list of
    // every choice made lint of a playbook with 1,000 choices and situations grow with their square.
    const byId = new Map(data.questions.map((question, index) => [question.id, { question, index, choices: new Set(question.choices?.map((c) => c.value)) }]));
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

function check(context: RuleContext, { question, index, choices }: { question: Question; index: number; choices: Set<string> }, value: AnswerValue, path: Path, out: Diagnostic[]): void {
  // In a built-in item: said where the team rewrote the question's choices or changed its type.
  const blame = (message: Phrase) => because(message, changedField(context.playbook, ['questions', index, 'choices']) ?? changedField(context.playbook, ['questions', index, 'type']));
  if (question.type === 'select') {
    if (!choices.has(value as string)) {
      const values = [...choices];
      out.push(at(refChoice, context, path, phrase('ref.notChoice', { value: String(value), question: question.id, hint: didYouMeanPhrase(String(value), values) || phrase('hint.choices', { list: values.join(', ') }) }), 'value', blame));
    }
  } else if (question.type === 'confirm' && typeof value !== 'boolean') {
    out.push(at(refChoice, context, path, phrase('ref.yesNo', { question: question.id, value: JSON.stringify(value) }), 'value', blame));
  } else if (question.type === 'input' && typeof value !== 'string') {
    out.push(at(refChoice, context, path, phrase('ref.takesText', { question: question.id, value: JSON.stringify(value) }), 'value', blame));
  }
}
