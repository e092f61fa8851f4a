// Questions the comment itself answers (`detect: threat`, `detect: personal-data`): in scripted triage
// an unanswered one takes what the comment shows, yes or no, so a bot need not pass every flag. Light:
// patterns only, no stemmer or model.
import type { Playbook } from '../playbook/types.js';
import { applicableQuestions } from '../triage/flow.js';
import type { Answers } from '../triage/when.js';
import { signals } from './patterns.js';

export function withDetectedAnswers(playbook: Playbook, given: Answers, comment: string): Answers {
  if (!playbook.questions.some((q) => q.detect)) return given;
  const found = new Set(signals(comment).map((s) => s.kind));
  const answers = { ...given };
  for (let changed = true; changed;) {
    changed = false;
    for (const question of applicableQuestions(playbook, answers)) {
      if (question.detect && answers[question.id] === undefined) {
        answers[question.id] = found.has(question.detect);
        changed = true;
      }
    }
  }
  return answers;
}
