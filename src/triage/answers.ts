// Answers from outside (flags, files, prompts, examples) checked against the playbook's questions.
import type { AnswerValue, Playbook, Question } from '../playbook/types.js';
import { didYouMeanPhrase } from '../playbook/suggest.js';
import { phrase, said, type Phrase } from '../i18n/phrase.js';
import { applicableQuestions, settleAnswers } from './flow.js';
import { matches, type Answers } from './when.js';

export interface AnswerProblem {
  question?: string;
  /** In English; `phrase` says it in the reader's language (messageIn). */
  message: string;
  phrase: Phrase;
}

const YES = new Set(['yes', 'y', 'true', '1', 'ja', 'j']);
const NO = new Set(['no', 'n', 'false', '0', 'nee', 'nein', 'nej']);

/** The valid values of a question, as a person would type them. */
export function validValues(question: Question): string {
  if (question.type === 'select') return (question.choices ?? []).map((c) => c.value).join(', ');
  if (question.type === 'confirm') return 'yes, no';
  return question.required ? 'any text' : 'any text, or empty';
}

/** Turns a raw value (a string from a flag, or a value from a file) into the question's type. */
export function coerceAnswer(question: Question, raw: unknown): { value: AnswerValue } | { problem: AnswerProblem } {
  // An empty value (`source_link=`, or `source_link:` in a file) is an answer: empty. Only a
  // required input needs text, and missingAnswers says so.
  const text = raw === null || raw === undefined ? '' : typeof raw === 'string' ? raw.trim() : raw;
  const shown = String(raw ?? '');
  if (question.type === 'confirm') {
    if (typeof text === 'boolean') return { value: text };
    const word = String(text).toLowerCase();
    if (YES.has(word)) return { value: true };
    if (NO.has(word)) return { value: false };
    return { problem: { question: question.id, ...said(phrase('answer.notYesNo', { value: shown, question: question.id })) } };
  }
  if (question.type === 'select') {
    const values = (question.choices ?? []).map((c) => c.value);
    if (typeof text === 'string' && values.includes(text)) return { value: text };
    const hint = didYouMeanPhrase(String(text), values);
    return { problem: { question: question.id, ...said(phrase('answer.notChoice', { value: shown, question: question.id, hint, list: values.join(', ') })) } };
  }
  if (typeof text !== 'string' && typeof text !== 'number') {
    return { problem: { question: question.id, ...said(phrase('answer.text', { question: question.id })) } };
  }
  return { value: String(text) }; // triage() strips control characters from every answer
}

/** Checks and coerces every given answer; unknown question ids are problems too. */
export function readAnswers(playbook: Playbook, raw: Record<string, unknown>): { answers: Answers; problems: AnswerProblem[] } {
  const answers: Answers = {};
  const problems: AnswerProblem[] = [];
  const ids = playbook.questions.map((q) => q.id);
  for (const [id, value] of Object.entries(raw)) {
    const question = playbook.questions.find((q) => q.id === id);
    if (!question) {
      problems.push({ question: id, ...said(phrase('answer.unknown', { id, hint: didYouMeanPhrase(id, ids), list: ids.join(', ') })) });
      continue;
    }
    const result = coerceAnswer(question, value);
    if ('value' in result) answers[id] = result.value;
    else problems.push(result.problem);
  }
  return { answers, problems };
}

/** Questions that apply but have no answer (optional inputs excepted). */
export function missingAnswers(playbook: Playbook, answers: Answers): Question[] {
  return applicableQuestions(playbook, answers).filter((q) => {
    const value = answers[q.id];
    if (value !== undefined && value !== null && !(q.required && value === '')) return false;
    return !(q.type === 'input' && !q.required);
  });
}

/**
 * The answers with each question that applies, has a `default` and was not answered set to its
 * default: what an agent gets by accepting the pre-selected answer. Examples use it, so a question
 * with a default need not be answered in every example.
 */
export function withDefaults(playbook: Playbook, given: Answers, mayDefault: (question: Question) => boolean = () => true): Answers {
  const out: Answers = { ...given };
  const settled: Answers = {};
  for (const q of playbook.questions) {
    if (!matches(q.when, settled)) { settled[q.id] = null; continue; }
    if (out[q.id] === undefined && q.default !== undefined && mayDefault(q)) out[q.id] = q.default;
    settled[q.id] = out[q.id] ?? null;
  }
  return out;
}

/** The final answers: unasked questions null, optional inputs left empty as "". */
export function completeAnswers(playbook: Playbook, answers: Answers): Answers {
  const settled = settleAnswers(playbook, answers);
  for (const q of applicableQuestions(playbook, answers)) {
    if (q.type === 'input' && (settled[q.id] === null || settled[q.id] === undefined)) settled[q.id] = '';
  }
  return settled;
}
