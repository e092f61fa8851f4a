// Questions the comment itself answers (`detect: threat`, `detect: personal-data`, `detect:
// tried-before`): in scripted triage an unanswered one takes "yes" when the comment shows it, so a bot
// need not pass every flag; "no" for personal data and an earlier attempt to reach us when the comment
// shows none (the comment is all a script knows of either, and "no" keeps the ordinary plan), never for a
// threat (a missed threat is asked, never assumed away). Light: patterns only, no stemmer.
import type { Playbook, Question } from '../playbook/types.js';
import { fillApplicable } from '../triage/flow.js';
import type { Answers } from '../triage/when.js';
import { shows } from './patterns.js';

/** Signals whose absence may answer "no"; a missed threat must never quietly become "no". */
const ABSENCE_ANSWERS_NO = new Set(['personal-data', 'tried-before']);

/** May a script take this question's default when nothing answers it? Never for a threat. */
export function mayDefault(question: Question): boolean {
  return question.detect === undefined || ABSENCE_ANSWERS_NO.has(question.detect);
}

export function withDetectedAnswers(playbook: Playbook, given: Answers, comment: string): Answers {
  if (!playbook.questions.some((q) => q.detect)) return given;
  return fillApplicable(playbook, given, ({ detect }) => {
    if (!detect) return undefined;
    if (shows(comment, detect)) return true;
    return ABSENCE_ANSWERS_NO.has(detect) ? false : undefined;
  });
}
