// Suggestions for a comment: for each question the comment holds evidence for, a value, a confidence
// between 0 and 1 and the reasons (the words or signals that drove it). No evidence, no suggestion:
// a guess from priors alone is never offered.
import type { AnswerValue } from '../playbook/types.js';
import { detectLocale } from '../tone/detect-locale.js';
import { read, type Feature, type Reading } from './features.js';
import { hintFeatures } from './hints.js';
import { featureKey, find, probabilities, scale } from './linear.js';
import type { QuestionModel, SuggestModel } from './model.js';
import { SUGGEST_LANGUAGES } from './languages.js';
import { MAX_READ } from './patterns.js';
import { normalize } from './tokens.js';

export { MAX_READ };

export interface Suggestion {
  value: AnswerValue;
  confidence: number;
  /** The words or signals that drove it, as written in the comment (lower-case). */
  because: string[];
  /** Sure enough to be pre-selected and taken by --use-suggestions. */
  confident: boolean;
}

export { quoted } from './quoted.js';

export interface Suggestions {
  /** The language the comment was read in. */
  locale: string;
  byQuestion: Map<string, Suggestion>;
}

/** At or above this, a suggestion is confident: pre-selected, and used by --use-suggestions. */
export const CONFIDENT = 0.6;

/** A word this long may be a compound, and its known pieces count as evidence ("klantenservicemedewerker"). */
const COMPOUND = 10;
/** Below this the top choice is a guess (right about one time in four in cross-validation): not offered. */
export const FLOOR = 0.4;

/**
 * A reason must move the score at least this much towards its class (in the model's units): pieces
 * of an unknown word ("clover" holds "love") are noise, not evidence. Chosen by cross-validation.
 */
export const MIN_EVIDENCE = 0.15;
/** Examples of each answer a `detect` question needs before its learned words alone can suggest yes. */
const MIN_FLAG_EXAMPLES = 20;
/**
 * A learned threat at or above this is suggested and confident (the threat question defaults to yes).
 * Chosen by cross-validation: lower bars caught a few more threats, and called many plain insults threats.
 */
export const THREAT_BAR = 0.5;
/** ...and the kind the threat question is asked for must be at least this likely (cross-validation). */
const IMPLIED_FLOOR = 0.3;
const SIGNAL_CONFIDENCE = { threat: 0.95, 'personal-data': 0.9, 'tried-before': 0.85 } as const;

/** `locale`: the comment's language when the caller has detected it already. */
export function suggest(model: SuggestModel, comment: string, options: { locale?: string } = {}): Suggestions {
  const locale = options.locale ?? detectLocale(comment.slice(0, MAX_READ), SUGGEST_LANGUAGES, 'en');
  const byQuestion = new Map<string, Suggestion>();
  if (!comment.trim()) return { locale, byQuestion };
  const reading = read(comment, locale);
  const normalText = normalize(comment.slice(0, MAX_READ));
  const context: Context = { questions: model.questions, temperature: model.temperature, common: commonSet(model) };
  for (const question of model.questions) {
    const signal = question.detect ? detected(question, reading) : undefined;
    const found = signal ?? (question.detect === 'threat' ? learnedThreat(question, context, reading, normalText) : classify(question, context, reading, normalText));
    if (!found) continue;
    byQuestion.set(question.id, found);
    // A threat question is asked only for some kinds (abuse, hate): a comment with a threat in it is one
    // of them, whatever else it resembles, when the threat is plain (a pattern) or confident; a faint
    // one does not overrule a kind the comment plainly is. Of the kinds allowed, the likelier one.
    if (question.detect !== 'threat') continue;
    for (const [id, values] of Object.entries(question.implies)) {
      const current = byQuestion.get(id);
      if (current?.confident && values.includes(String(current.value))) continue;
      if (!signal && found.confidence < CONFIDENT && current?.confident) continue;
      const asked = context.questions.find((q) => q.id === id);
      const value = asked ? likeliest(asked, values, context, reading, normalText) : values[0];
      byQuestion.set(id, { value, confidence: found.confidence, because: found.because, confident: true });
    }
  }
  return { locale, byQuestion };
}

interface Context {
  questions: QuestionModel[];
  temperature: number;
  /** Features of function words: never a reason on their own. */
  common: ReadonlySet<string>;
}

const commonSets = new WeakMap<SuggestModel, ReadonlySet<string>>();
function commonSet(model: SuggestModel): ReadonlySet<string> {
  let set = commonSets.get(model);
  if (!set) commonSets.set(model, (set = new Set(model.common)));
  return set;
}

function detected(question: QuestionModel, reading: Reading): Suggestion | undefined {
  const signals = reading.signals.filter((s) => s.kind === question.detect);
  if (signals.length === 0) return undefined;
  return { value: true, confidence: SIGNAL_CONFIDENCE[question.detect!], because: signals.slice(0, 3).map((s) => s.text), confident: true };
}

/**
 * Threats are also learned from the examples, over every kind, once there are enough of them: most
 * threats name no weapon ("shame if something happened to your car").
 */
function learnedThreat(question: QuestionModel, context: Context, reading: Reading, normalText: string): Suggestion | undefined {
  if (question.examples.some((n) => n < MIN_FLAG_EXAMPLES)) return undefined;
  // The comment must read as the kind a threat question is asked for, at least somewhat: "tomorrow at
  // noon" shares words with threats, and nothing else with abuse.
  for (const [id, values] of Object.entries(question.implies)) {
    const asked = context.questions.find((q) => q.id === id);
    if (asked && shareOf(asked, values, context, reading, normalText) < IMPLIED_FLOOR) return undefined;
  }
  const found = classify(question, context, reading, normalText, true);
  return found && found.confidence >= THREAT_BAR ? { ...found, confident: true } : undefined;
}

/** How likely the comment is any of these answers to a question. */
function shareOf(question: QuestionModel, values: string[], context: Context, reading: Reading, normalText: string): number {
  const { p } = score(question, context, reading, hintFeatures(question.hints, reading, normalText));
  return values.reduce((sum, value) => sum + (p[question.classes.indexOf(value)] ?? 0), 0);
}

/** The likeliest of these answers to a question. */
function likeliest(question: QuestionModel, values: string[], context: Context, reading: Reading, normalText: string): string {
  if (values.length === 1) return values[0];
  const { p } = score(question, context, reading, hintFeatures(question.hints, reading, normalText));
  return values.reduce((best, value) => ((p[question.classes.indexOf(value)] ?? 0) > (p[question.classes.indexOf(best)] ?? 0) ? value : best));
}

function classify(question: QuestionModel, context: Context, reading: Reading, normalText: string, learned = false): Suggestion | undefined {
  const { classes, linear } = question;
  const hinted = hintFeatures(question.hints, reading, normalText);
  // A yes/no question is suggested only towards yes ("no" is what its default is for), and on a hint
  // of its own unless it is learned: a few examples of one kind are too little to learn a flag from.
  if (question.type === 'confirm' && !learned && !hinted.some((h) => h.id === 'h:true')) return undefined;
  const { p, rows, values, texts, known } = score(question, context, reading, hinted);
  let top = 0;
  for (let c = 1; c < p.length; c++) if (p[c] > p[top]) top = c;
  if (learned && question.type === 'confirm') top = classes.indexOf('true');
  if ((question.type === 'confirm' && classes[top] !== 'true') || (!learned && p[top] < FLOOR)) return undefined;
  // Each word's pull towards the top class, against the classes' average: the reasons, strongest first.
  const pull = new Map<string, number>();
  rows.forEach((row, q) => {
    const w = linear.weights.subarray(row * linear.classes, (row + 1) * linear.classes);
    let mean = 0;
    for (const weight of w) mean += weight / linear.classes;
    pull.set(texts[q], (pull.get(texts[q]) ?? 0) + (w[top] - mean) * (linear.step ?? 1) * values[q]);
  });
  // The playbook's own hints come first: they are the words a person picked for that choice.
  const hintWords = hinted.filter((h) => h.id === `h:${classes[top]}`).map((h) => h.text);
  const strong = [...pull].filter(([text, v]) => v >= MIN_EVIDENCE && (known.has(text) || text.length >= COMPOUND)).sort((a, b) => b[1] - a[1]).map(([text]) => text);
  const reasons = distinct([...hintWords, ...strong]);
  if (reasons.length === 0) return undefined;
  const value: AnswerValue = question.type === 'confirm' ? true : classes[top];
  // Never "100%": a model is not certain, whatever its arithmetic says.
  return { value, confidence: Math.min(0.99, Math.round(p[top] * 100) / 100), because: reasons.slice(0, 3), confident: p[top] >= CONFIDENT };
}

/** The question's probabilities for the comment, and the features the model knows, with their words. */
function score(question: QuestionModel, { temperature, common }: Context, reading: Reading, hinted: Feature[]) {
  const { linear } = question;
  const features = [...reading.features, ...hinted];
  const z = scale(features.map((f) => f.value));
  const rows: number[] = [];
  const values: number[] = [];
  const texts: string[] = [];
  // Words the model knows as words (not only by their pieces: "clover" shares pieces with "love",
  // which is no reason to call it praise), and not function words ("in" is no reason for anything).
  // A long word (a compound) may speak through its pieces.
  const known = new Set<string>();
  for (const feature of features) {
    const row = find(linear.keys, featureKey(feature.id));
    if (row === -1) continue;
    rows.push(row);
    values.push(feature.value * z);
    texts.push(feature.text);
    if (!feature.piece && !common.has(feature.id)) known.add(feature.text);
  }
  return { p: probabilities(linear, rows, values, temperature), rows, values, texts, known };
}

/** Reasons without repeats: "i know" says nothing after "i know where". */
function distinct(reasons: string[]): string[] {
  const out: string[] = [];
  for (const reason of reasons) if (!out.some((r) => r.includes(reason))) out.push(reason);
  return out;
}
