// Suggestions for a comment: for each question the comment holds evidence for, a value, a confidence
// between 0 and 1 and the reasons (the words or signals that drove it). No evidence, no suggestion:
// a guess from priors alone is never offered.
import type { AnswerValue } from '../playbook/types.js';
import { detectLocale } from '../tone/detect-locale.js';
import { read, type Reading } from './features.js';
import { MAX_READ } from './patterns.js';

export { MAX_READ };
import { matchHint } from './hints.js';
import type { QuestionModel, SuggestModel } from './model.js';
import { SUGGEST_LANGUAGES } from './model.js';
import { normalize } from './tokens.js';

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

/**
 * How the scores are weighed; chosen by cross-validation on the starter's examples (bench/cross-validate.mjs):
 * the most right suggestions while confident wrong ones stay under 2.5%, leaving room for comments unlike them.
 */
export const SETTINGS = {
  /** Smoothing for words a class never saw. */
  alpha: 0.5,
  /** Each matched hint adds this to its class's log-score. */
  hintBonus: 2.5,
  /** A feature is evidence for a class when it is this many times likelier there than anywhere else. */
  evidenceRatio: 3,
  /** Many weak words should not add up to certainty: scores are divided by 1 + words / this. */
  softening: 6,
};
type Settings = typeof SETTINGS;
/**
 * Examples of each answer a `detect` question needs before its words alone can suggest yes. Other
 * yes/no questions need a hint: learned words there were function words ("so" for staff praise).
 */
const MIN_FLAG_EXAMPLES = 10;
const SIGNAL_CONFIDENCE = { threat: 0.95, 'personal-data': 0.9 } as const;

/** `locale`: the comment's language when the caller has detected it already. */
export function suggest(model: SuggestModel, comment: string, options: { locale?: string; settings?: Settings } = {}): Suggestions {
  const settings = options.settings ?? SETTINGS;
  const locale = options.locale ?? detectLocale(comment.slice(0, MAX_READ), SUGGEST_LANGUAGES, 'en');
  const byQuestion = new Map<string, Suggestion>();
  if (!comment.trim()) return { locale, byQuestion };
  const reading = read(comment, locale, knownSet(model));
  const normalText = normalize(comment.slice(0, MAX_READ));
  for (const question of model.questions) {
    const signal = question.detect ? detected(question, reading) : undefined;
    const found = signal ?? classify(question, reading, normalText, settings);
    if (!found) continue;
    byQuestion.set(question.id, found);
    // A threat question is asked only for abuse: a comment with a threat in it is abuse, whatever else it resembles.
    if (signal && question.detect === 'threat') for (const [id, value] of Object.entries(question.implies)) byQuestion.set(id, { value, confidence: found.confidence, because: found.because });
  }
  return { locale, byQuestion };
}

const knownSets = new WeakMap<SuggestModel, Set<string>>();
function knownSet(model: SuggestModel): Set<string> {
  let set = knownSets.get(model);
  if (!set) knownSets.set(model, (set = new Set(model.known)));
  return set;
}

function detected(question: QuestionModel, reading: Reading): Suggestion | undefined {
  const signals = reading.signals.filter((s) => s.kind === question.detect);
  if (signals.length === 0) return undefined;
  return { value: true, confidence: SIGNAL_CONFIDENCE[question.detect!], because: signals.slice(0, 3).map((s) => s.text) };
}

function classify(question: QuestionModel, reading: Reading, normalText: string, { alpha, hintBonus, evidenceRatio, softening }: Settings): Suggestion | undefined {
  const { classes, counts, totals, vocabulary } = question;
  const scores = classes.map(() => 0);
  const matchedHints = classes.map(() => [] as string[]);
  for (const { value, hint } of question.hints) {
    const c = classes.indexOf(value);
    const words = matchHint(hint, reading.tokens, normalText);
    if (words && !matchedHints[c].includes(words)) matchedHints[c].push(words);
  }
  // A yes/no question is suggested only towards yes ("no" is what its default is for), and on a hint of
  // its own unless examples teach both answers: a few examples are too little to learn a flag from.
  const learned = question.detect !== undefined && question.examples.every((n) => n >= MIN_FLAG_EXAMPLES);
  if (question.type === 'confirm' && !learned && matchedHints[classes.indexOf('true')].length === 0) return undefined;
  const evidence = classes.map(() => [] as { text: string; ratio: number }[]);
  let used = 0;
  for (const feature of reading.features) {
    const row = counts[feature.id];
    if (!row) continue;
    used++;
    const p = row.map((n, c) => (n + alpha) / (totals[c] + alpha * vocabulary));
    p.forEach((pc, c) => { scores[c] += Math.log(pc); });
    p.forEach((pc, c) => {
      const others = Math.max(...p.filter((_, o) => o !== c));
      if (row[c] >= 1 && pc / others >= evidenceRatio) evidence[c].push({ text: feature.text, ratio: pc / others });
    });
  }
  matchedHints.forEach((m, c) => { scores[c] += hintBonus * m.length; });
  const temperature = 1 + used / softening;
  const probabilities = softmax(scores.map((s) => s / temperature));
  const top = probabilities.indexOf(Math.max(...probabilities));
  if (question.type === 'confirm' && classes[top] !== 'true') return undefined;
  const reasons = distinct([...matchedHints[top], ...evidence[top].sort((a, b) => b.ratio - a.ratio).map((e) => e.text)]);
  if (reasons.length === 0) return undefined;
  const value: AnswerValue = question.type === 'confirm' ? true : classes[top];
  return { value, confidence: Math.round(probabilities[top] * 100) / 100, because: reasons.slice(0, 3) };
}

/** Reasons without repeats: "i know" says nothing after "i know where". */
function distinct(reasons: string[]): string[] {
  const out: string[] = [];
  for (const reason of reasons) if (!out.some((r) => r.includes(reason))) out.push(reason);
  return out;
}

function softmax(xs: number[]): number[] {
  const max = Math.max(...xs);
  const exps = xs.map((x) => Math.exp(x - max));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}
