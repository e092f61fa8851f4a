// Suggestions for a comment: for each question the comment holds evidence for, a value, a confidence
// between 0 and 1 and the reasons (the words or signals that drove it). No evidence, no suggestion:
// a guess from priors alone is never offered.
import type { AnswerValue } from '../playbook/types.js';
import { detectLocale } from '../tone/detect-locale.js';
import { read, type Reading } from './features.js';
import { hintFeatures } from './hints.js';
import { featureKey, find, probabilities, scale } from './linear.js';
import type { QuestionModel, SuggestModel } from './model.js';
import { SUGGEST_LANGUAGES } from './model.js';
import { MAX_READ } from './patterns.js';
import { normalize } from './tokens.js';

export { MAX_READ };

export interface Suggestion {
  value: AnswerValue;
  confidence: number;
  /** The words or signals that drove it, as written in the comment (lower-case). */
  because: string[];
}

export { quoted } from './quoted.js';

export interface Suggestions {
  /** The language the comment was read in. */
  locale: string;
  byQuestion: Map<string, Suggestion>;
}

/** At or above this, a suggestion is pre-selected, and used by --use-suggestions. */
export const CONFIDENT = 0.6;

/** Below this the top choice is a guess (right about one time in four in cross-validation): not offered. */
export const FLOOR = 0.4;

/**
 * A reason must move the score at least this much towards its class (in the model's units): pieces
 * of an unknown word ("clover" holds "love") are noise, not evidence. Chosen by cross-validation.
 */
export const MIN_EVIDENCE = 0.15;
const SIGNAL_CONFIDENCE = { threat: 0.95, 'personal-data': 0.9 } as const;

/** `locale`: the comment's language when the caller has detected it already. */
export function suggest(model: SuggestModel, comment: string, options: { locale?: string } = {}): Suggestions {
  const locale = options.locale ?? detectLocale(comment.slice(0, MAX_READ), SUGGEST_LANGUAGES, 'en');
  const byQuestion = new Map<string, Suggestion>();
  if (!comment.trim()) return { locale, byQuestion };
  const reading = read(comment, locale);
  const normalText = normalize(comment.slice(0, MAX_READ));
  for (const question of model.questions) {
    const signal = question.detect ? detected(question, reading) : undefined;
    const found = signal ?? classify(question, reading, normalText);
    if (!found) continue;
    byQuestion.set(question.id, found);
    // A threat question is asked only for abuse: a comment with a threat in it is abuse, whatever else it resembles.
    if (signal && question.detect === 'threat') for (const [id, value] of Object.entries(question.implies)) byQuestion.set(id, { value, confidence: found.confidence, because: found.because });
  }
  return { locale, byQuestion };
}

function detected(question: QuestionModel, reading: Reading): Suggestion | undefined {
  const signals = reading.signals.filter((s) => s.kind === question.detect);
  if (signals.length === 0) return undefined;
  return { value: true, confidence: SIGNAL_CONFIDENCE[question.detect!], because: signals.slice(0, 3).map((s) => s.text) };
}

function classify(question: QuestionModel, reading: Reading, normalText: string): Suggestion | undefined {
  const { classes, linear } = question;
  const hinted = hintFeatures(question.hints, reading, normalText);
  // A yes/no question is suggested only towards yes ("no" is what its default is for), and only on a
  // hint of its own: its examples are few and all of one kind, so their words alone prove nothing.
  if (question.type === 'confirm' && !hinted.some((h) => h.id === 'h:true')) return undefined;
  const features = [...reading.features, ...hinted];
  const z = scale(features);
  const rows: number[] = [];
  const values: number[] = [];
  const texts: string[] = [];
  for (const feature of features) {
    const row = find(linear.keys, featureKey(feature.id));
    if (row === -1) continue;
    rows.push(row);
    values.push(feature.value * z);
    texts.push(feature.text);
  }
  const p = probabilities(linear, rows, values);
  let top = 0;
  for (let c = 1; c < p.length; c++) if (p[c] > p[top]) top = c;
  if ((question.type === 'confirm' && classes[top] !== 'true') || p[top] < FLOOR) return undefined;
  // Each word's pull towards the top class, against the classes' average: the reasons, strongest first.
  const pull = new Map<string, number>();
  rows.forEach((row, q) => {
    const w = linear.weights.subarray(row * linear.classes, (row + 1) * linear.classes);
    const mean = w.reduce((a, b) => a + b, 0) / linear.classes;
    pull.set(texts[q], (pull.get(texts[q]) ?? 0) + (w[top] - mean) * values[q]);
  });
  // The playbook's own hints come first: they are the words a person picked for that choice.
  const hintWords = hinted.filter((h) => h.id === `h:${classes[top]}`).map((h) => h.text);
  const strong = [...pull].filter(([, v]) => v >= MIN_EVIDENCE).sort((a, b) => b[1] - a[1]).map(([text]) => text);
  const reasons = distinct([...hintWords, ...strong]);
  if (reasons.length === 0) return undefined;
  const value: AnswerValue = question.type === 'confirm' ? true : classes[top];
  return { value, confidence: Math.round(p[top] * 100) / 100, because: reasons.slice(0, 3) };
}

/** Reasons without repeats: "i know" says nothing after "i know where". */
function distinct(reasons: string[]): string[] {
  const out: string[] = [];
  for (const reason of reasons) if (!out.some((r) => r.includes(reason))) out.push(reason);
  return out;
}
