// What the engine learns from a playbook: for each select or yes/no question, a linear classifier
// over the features of comments (see features.ts), learned from the playbook's own examples (comment
// → answers) and its hints (each hint phrase is a short example of its choice, and a matched hint is a
// feature of its own). Small, local, deterministic, and better with every example a team adds.
import { inLocale, type LoadedPlaybook } from '../playbook/load.js';
import type { Example, Question } from '../playbook/types.js';
import { detectLocale } from '../tone/detect-locale.js';
import { read, wordFeatures, type Reading } from './features.js';
import { compileHint, hintFeatures, type CompiledHint } from './hints.js';
import { hashed, trainLinear, type Linear, type LinearSettings, type TrainingDoc } from './linear.js';
import { normalize } from './normalize.js';
import { SUGGEST_LANGUAGES } from './languages.js';
import { MODEL_VERSION } from './model-file.js';
import { withoutOwnNames } from './own-accounts.js';

export { SUGGEST_LANGUAGES } from './languages.js';
export { MODEL_VERSION } from './model-file.js';

/**
 * How the engine learns; chosen by cross-validation on the starter's examples (bench/cross-validate.mjs),
 * never on the held-out set.
 */
export const SETTINGS: LinearSettings & { hintWeight: number; temperature: number } = {
  epochs: 8,
  l2: 1e-5,
  rate: 0.5,
  minCount: 2,
  /** A hint phrase counts as this many examples of its choice. */
  hintWeight: 2,
  /** Divides the scores before they become probabilities, so that "80%" is right about 80% of the time. */
  temperature: 1,
};

export interface QuestionModel {
  id: string;
  type: 'select' | 'confirm';
  /** Choice values, or "true"/"false" for a yes/no question. */
  classes: string[];
  /** Examples per class (hints not counted): how much the model has seen. */
  examples: number[];
  hints: { value: string; hint: CompiledHint }[];
  detect?: Question['detect'];
  /** Answers a question needs before it is asked, any of each list ({ kind: ["abuse", "hate"] } for a threat question). */
  implies: Record<string, string[]>;
  linear: Linear;
}

export interface SuggestModel {
  version: number;
  temperature: number;
  /** Word and pair features ("w:in", "b:in the") in so many examples that alone they are no reason for anything. */
  common: string[];
  questions: QuestionModel[];
}

/** What a model learns from, as plain data: the same lessons give the same model (and cache key). */
export interface Lessons {
  questions: { id: string; type: 'select' | 'confirm'; classes: string[]; hints: { value: string; locale: string; text: string }[]; detect?: Question['detect']; implies: Record<string, string[]> }[];
  examples: { comment: string; answers: Example['answers'] }[];
}

/** The playbook's select and yes/no questions with their hints in every locale, and its examples (or the given subset, for cross-validation). */
export function lessonsOf(playbook: LoadedPlaybook, only?: Example[]): Lessons {
  const views = playbook.locales.map((locale) => ({ locale, data: inLocale(playbook, locale).data }));
  const questions: Lessons['questions'] = [];
  for (const question of playbook.data.questions) {
    if (question.type !== 'select' && question.type !== 'confirm') continue;
    const hints: Lessons['questions'][number]['hints'] = [];
    const seen = new Set<string>();
    for (const { locale, data } of views) {
      const localized = data.questions.find((q) => q.id === question.id)!;
      const sources: [string, string[] | undefined][] = question.type === 'select'
        ? (localized.choices ?? []).map((c) => [c.value, c.hints])
        : [['true', localized.hints]];
      for (const [value, texts] of sources) {
        for (const text of texts ?? []) {
          if (seen.has(`${value}\0${locale}\0${text}`)) continue;
          seen.add(`${value}\0${locale}\0${text}`);
          hints.push({ value, locale, text });
        }
      }
    }
    questions.push({
      id: question.id, type: question.type,
      classes: question.type === 'select' ? (question.choices ?? []).map((c) => c.value) : ['true', 'false'],
      hints, ...(question.detect ? { detect: question.detect } : {}),
      implies: impliedAnswers(question, playbook.data.questions),
    });
  }
  // Read as a comment to triage is read: without the brand's own accounts.
  const examples = (only ?? playbook.data.examples ?? []).map(({ comment, answers }) => ({ comment: withoutOwnNames(comment, playbook), answers }));
  return { questions, examples };
}

/** Learns from the playbook's examples (or the given subset of them, for cross-validation) and hints. */
export function trainModel(playbook: LoadedPlaybook, only?: Example[], settings = SETTINGS): SuggestModel {
  return learn(lessonsOf(playbook, only), settings);
}

export function learn(lessons: Lessons, settings = SETTINGS): SuggestModel {
  const examples = lessons.examples.map((example) => {
    const locale = detectLocale(example.comment, SUGGEST_LANGUAGES, 'en');
    const reading = read(example.comment, locale);
    // Hashed once: every question learns from the same features (and its own hints, added below).
    return { answers: example.answers, reading, normalText: normalize(example.comment), ...hashed(reading.features) };
  });
  const questions = lessons.questions.map(({ hints: texts, ...question }): QuestionModel => {
    const { classes } = question;
    const compiled = texts.map(({ value, locale, text }) => ({ value, ...compileHint(text, locale) }));
    const hints = compiled.map(({ value, hint }) => ({ value, hint }));
    const docs: TrainingDoc[] = [];
    const counted = classes.map(() => 0);
    for (const { answers, reading, normalText, keys, values } of examples) {
      // A flag a comment can show (a threat, personal data) is learned from every example: one that
      // is not asked it (a complaint is never asked about threats) does not show it.
      const label = classes.indexOf(String(answers[question.id] ?? (question.detect ? false : undefined)));
      if (label === -1) continue;
      counted[label]++;
      const hinted = hintFeatures(hints, reading, normalText);
      docs.push(hinted.length ? { ...concat({ keys, values }, hashed(hinted)), label, weight: 1 } : { keys, values, label, weight: 1 });
    }
    for (const { value, tokens } of compiled) {
      if (tokens.length) docs.push({ ...hashed([...wordFeatures(tokens), { id: `h:${value}`, value: 1 }]), label: classes.indexOf(value), weight: settings.hintWeight });
    }
    // A yes/no question's words are read only on a hint of its own, or for a threat (see suggest.ts).
    const consulted = question.type === 'select' || hints.length > 0 || question.detect === 'threat';
    return { ...question, examples: counted, hints, linear: trainLinear(consulted ? docs : [], classes.length, settings) };
  });
  return { version: MODEL_VERSION, temperature: settings.temperature, common: commonWords(examples.map((e) => e.reading)), questions };
}

function concat(a: { keys: Uint32Array; values: Float64Array }, b: { keys: Uint32Array; values: Float64Array }): { keys: Uint32Array; values: Float64Array } {
  const keys = new Uint32Array(a.keys.length + b.keys.length);
  const values = new Float64Array(keys.length);
  keys.set(a.keys);
  keys.set(b.keys, a.keys.length);
  values.set(a.values);
  values.set(b.values, a.values.length);
  return { keys, values };
}

/** A word or pair in at least this share of the examples is function words ("in", "in the", "och"), not a reason. */
const COMMON_SHARE = 0.01;

function commonWords(readings: Reading[]): string[] {
  const counts = new Map<string, number>();
  for (const reading of readings) {
    for (const f of reading.features) if (/^[wnb]:/.test(f.id)) counts.set(f.id, (counts.get(f.id) ?? 0) + 1);
  }
  const floor = Math.max(5, readings.length * COMMON_SHARE);
  return [...counts].filter(([, n]) => n >= floor).map(([id]) => id).sort();
}

/** The conditions on select questions a question is asked under, as the values allowed: { kind: ["abuse", "hate"] }. */
function impliedAnswers(question: Question, all: Question[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [id, condition] of Object.entries(question.when ?? {})) {
    const asked = all.find((q) => q.id === id);
    if (asked?.type !== 'select') continue;
    if (typeof condition === 'string') out[id] = [condition];
    else if (Array.isArray(condition) && condition.every((c) => typeof c === 'string')) out[id] = condition as string[];
  }
  return out;
}
