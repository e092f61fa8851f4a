// Which answers of a scripted triage no person gave, and where each came from: the comment (a `detect`
// pattern), a confident suggestion, or the question's default. The plan carries them, so whoever picks
// it up (a person confirming a bot's queue, `replyguide log`) knows what to check before acting.
import type { Suggestions } from '../suggest/suggest.js';
import type { InferredAnswer } from './plan.js';
import type { Answers } from './when.js';

/** The answers after each step that added some, in order, with where that step's answers came from. */
export type AnswerSteps = { from: InferredAnswer['from'] | 'given'; answers: Answers }[];

/**
 * For each answer of the plan, the first step that had it; given ones are left out. `shownBy` gives the
 * text a `detect` pattern found for a question (empty when none, as for "no" from an absence).
 */
export function inferredAnswers(answers: Answers, steps: AnswerSteps, suggestions: Suggestions | undefined, shownBy: (questionId: string) => string[]): Record<string, InferredAnswer> {
  const out: Record<string, InferredAnswer> = {};
  for (const id of Object.keys(answers)) {
    const from = steps.find((step) => step.answers[id] !== undefined)?.from;
    if (from === undefined || from === 'given') continue;
    if (from === 'suggestion') {
      const suggestion = suggestions?.byQuestion.get(id);
      out[id] = { from, ...(suggestion ? { confidence: suggestion.confidence, because: suggestion.because } : {}) };
    } else if (from === 'comment') {
      const because = shownBy(id);
      out[id] = because.length > 0 ? { from, because } : { from };
    } else {
      out[id] = { from };
    }
  }
  return out;
}
