// What the engine learns from a playbook: for each select or yes/no question, how often each feature
// of a comment came with each answer, counted over the playbook's own examples (comment → answers)
// and its hints (each hint phrase is a short example of its choice). Naive Bayes: small, local,
// deterministic, trained in milliseconds, and better with every example a team adds.
import { inLocale, type LoadedPlaybook } from '../playbook/load.js';
import type { Example, Question } from '../playbook/types.js';
import { detectLocale } from '../tone/detect-locale.js';
import { read, wordFeatures } from './features.js';
import { compileHint, type CompiledHint } from './hints.js';

/** Languages the engine reads (stemmers and negations); a comment in another is read as English. */
export const SUGGEST_LANGUAGES = ['en', 'nl', 'de', 'sv'] as const;
/** A hint phrase counts as this many examples of its choice. */
const HINT_WEIGHT = 2;
/** Bump when the model's shape or features change: cached models of other versions are retrained. */
export const MODEL_VERSION = 2;
/** A feature seen fewer times than this in all is dropped from the model (a smaller cache, the same scores' order). */
const MIN_COUNT = 2;

export interface QuestionModel {
  id: string;
  type: 'select' | 'confirm';
  /** Choice values, or "true"/"false" for a yes/no question. */
  classes: string[];
  /** feature id -> weighted count per class (features seen once only are left out: they teach nothing) */
  counts: Record<string, number[]>;
  totals: number[];
  /** How many features were seen in all, for smoothing. */
  vocabulary: number;
  /** Examples per class (hints not counted): how much the model has seen. */
  examples: number[];
  hints: { value: string; hint: CompiledHint }[];
  detect?: Question['detect'];
  /** Answers a question needs before it is asked ({ kind: "abuse" } for a threat question). */
  implies: Record<string, string>;
}

export interface SuggestModel {
  version: number;
  questions: QuestionModel[];
  /** Stems seen in training, for reading compound words. */
  known: string[];
}

/** Learns from the playbook's examples (or the given subset of them, for cross-validation) and hints. */
export function trainModel(playbook: LoadedPlaybook, only?: Example[]): SuggestModel {
  const views = playbook.locales.map((locale) => ({ locale, data: inLocale(playbook, locale).data }));
  const examples = (only ?? playbook.data.examples ?? []).map((example) => {
    const locale = detectLocale(example.comment, SUGGEST_LANGUAGES, 'en');
    return { answers: example.answers, reading: read(example.comment, locale) };
  });
  const known = new Set<string>();
  const questions: QuestionModel[] = [];
  for (const question of playbook.data.questions) {
    if (question.type !== 'select' && question.type !== 'confirm') continue;
    const classes = question.type === 'select' ? (question.choices ?? []).map((c) => c.value) : ['true', 'false'];
    const model: QuestionModel = {
      id: question.id, type: question.type, classes, counts: {}, totals: classes.map(() => 0), vocabulary: 0, examples: classes.map(() => 0), hints: [],
      ...(question.detect ? { detect: question.detect } : {}),
      implies: impliedAnswers(question, playbook.data.questions),
    };
    const learn = (value: string, features: { id: string }[], weight: number) => {
      const c = classes.indexOf(value);
      if (c === -1) return;
      for (const f of features) {
        (model.counts[f.id] ??= classes.map(() => 0))[c] += weight;
        model.totals[c] += weight;
        if (f.id.startsWith('w:') || f.id.startsWith('n:')) known.add(f.id.slice(2));
      }
    };
    for (const { answers, reading } of examples) {
      const answer = answers[question.id];
      if (answer === undefined || answer === null || answer === '') continue;
      learn(String(answer), reading.features, 1);
      model.examples[classes.indexOf(String(answer))] += classes.includes(String(answer)) ? 1 : 0;
    }
    const seen = new Set<string>();
    for (const { locale, data } of views) {
      const localized = data.questions.find((q) => q.id === question.id)!;
      const sources: [string, string[] | undefined][] = question.type === 'select'
        ? (localized.choices ?? []).map((c) => [c.value, c.hints])
        : [['true', localized.hints]];
      for (const [value, hints] of sources) {
        for (const text of hints ?? []) {
          if (seen.has(`${value}\0${locale}\0${text}`)) continue;
          seen.add(`${value}\0${locale}\0${text}`);
          const { hint, tokens } = compileHint(text, locale);
          model.hints.push({ value, hint });
          if (tokens.length) learn(value, wordFeatures(tokens), HINT_WEIGHT);
        }
      }
    }
    model.vocabulary = Object.keys(model.counts).length || 1;
    for (const [id, row] of Object.entries(model.counts)) if (row.reduce((a, b) => a + b, 0) < MIN_COUNT) delete model.counts[id];
    questions.push(model);
  }
  return { version: MODEL_VERSION, questions, known: [...known] };
}

/** The single-valued conditions on select questions a question is asked under: { kind: "abuse" }. */
function impliedAnswers(question: Question, all: Question[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [id, condition] of Object.entries(question.when ?? {})) {
    const asked = all.find((q) => q.id === id);
    if (asked?.type === 'select' && typeof condition === 'string') out[id] = condition;
  }
  return out;
}
