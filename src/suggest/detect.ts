// Questions the comment itself answers (`detect: threat`, `detect: personal-data`, `detect:
// tried-before`): in scripted triage an unanswered one takes "yes" when the comment shows it, so a bot
// need not pass every flag; "no" for personal data and an earlier attempt to reach us when the comment
// shows none (the comment is all a script knows of either, and "no" keeps the ordinary plan), never for a
// threat (a missed threat is asked, never assumed away). Light: patterns only, no stemmer.
import type { Playbook, Question } from '../playbook/types.js';
import { fillApplicable } from '../triage/flow.js';
import type { Answers } from '../triage/when.js';
import { shows, signalsOf } from './patterns.js';

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

/** Signals whose denial, where the comment shows them, does harm: a public reply to a threat, personal data left up. */
const HARMFUL_TO_DENY = new Set(['threat', 'personal-data']);

/**
 * The "no" answers given to `detect` questions that the comment itself shows otherwise (a threat, personal
 * data), with the text that shows it: `--answer threat=no` given for a whole queue must not send a public
 * reply to the one comment in it that threatens someone. (A denied "tried before" only changes the wording.)
 */
export function contradictedAnswers(playbook: Playbook, given: Answers, comment: string): { id: string; because: string[] }[] {
  return playbook.questions
    .filter((q) => q.detect && HARMFUL_TO_DENY.has(q.detect) && given[q.id] === false && shows(comment, q.detect))
    .map((q) => ({ id: q.id, because: shownBy(comment, q.detect!) }));
}

/** The text in the comment that shows a `detect` signal, at most three places (for the reasons said). */
export function shownBy(comment: string, kind: NonNullable<Question['detect']>): string[] {
  return signalsOf(comment, kind).slice(0, 3).map((s) => s.text);
}
