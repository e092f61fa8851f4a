// Which questions apply, in order: a question is asked only when its `when` holds for the answers so
// far; a question that is not asked counts as unanswered (null) for everything after it.
import type { AnswerValue, Playbook, Question, Situation } from '../playbook/types.js';
import { matches, type Answers } from './when.js';

/** The answers with every unasked question set to null, so conditions see a definite value. */
export function settleAnswers(playbook: Playbook, given: Answers): Answers {
  const settled: Answers = {};
  for (const question of playbook.questions) {
    settled[question.id] = matches(question.when, settled) ? given[question.id] ?? null : null;
  }
  return settled;
}

/** The first question that applies and has no answer yet, or undefined when all are answered. */
export function nextQuestion(playbook: Playbook, given: Answers): Question | undefined {
  const settled: Answers = {};
  for (const question of playbook.questions) {
    if (!matches(question.when, settled)) { settled[question.id] = null; continue; }
    const value = given[question.id];
    if (value === undefined) return question;
    settled[question.id] = value;
  }
  return undefined;
}

/** The questions that apply to these answers, in order. */
export function applicableQuestions(playbook: Playbook, given: Answers): Question[] {
  const settled: Answers = {};
  const asked: Question[] = [];
  for (const question of playbook.questions) {
    if (matches(question.when, settled)) {
      asked.push(question);
      settled[question.id] = given[question.id] ?? null;
    } else settled[question.id] = null;
  }
  return asked;
}

/**
 * The answers, with each question that applies and has no answer given the value `pick` finds for it
 * (undefined: leave it open). Repeats until nothing changes, as an answer can make later questions apply.
 */
export function fillApplicable(playbook: Playbook, given: Answers, pick: (question: Question) => AnswerValue | undefined): Answers {
  const answers = { ...given };
  for (let changed = true; changed;) {
    changed = false;
    for (const question of applicableQuestions(playbook, answers)) {
      if (answers[question.id] !== undefined) continue;
      const value = pick(question);
      if (value === undefined) continue;
      answers[question.id] = value;
      changed = true;
    }
  }
  return answers;
}

/** First match wins. */
export function matchSituation(playbook: Playbook, answers: Answers): Situation | undefined {
  return playbook.situations.find((s) => matches(s.when, answers));
}

/**
 * Whether asking a free-text question is pointless: it is optional, and no situation still reachable
 * with the answers so far uses it (in its `when`, a step's `when`, or its reply template), nor does any
 * question's `when`. A first name is not asked for a threat or staff praise, which get no reply.
 * Answers not given yet count as unknown, so this never skips a question that could matter.
 */
export function unusedQuestion(playbook: Playbook, question: Question, answers: Answers, templateUses: (template: string) => ReadonlySet<string>): boolean {
  if (question.type !== 'input' || question.required) return false;
  const id = question.id;
  if (playbook.questions.some((q) => q.when && id in q.when)) return false;
  const possible = (when: Record<string, unknown> | undefined) =>
    !when || Object.entries(when).every(([key, condition]) => answers[key] === undefined || matches({ [key]: condition } as Situation['when'], answers));
  return !playbook.situations.some((s) => possible(s.when)
    && ((s.when && id in s.when)
      || (s.steps ?? []).some((step) => step.when && id in step.when)
      || (s.template !== undefined && templateUses(s.template).has(id))));
}
