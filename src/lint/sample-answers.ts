// Sample answers that lead to each situation, so lint (and the guide) can render every template
// variant the way an agent would see it.
import type { AnswerValue, Playbook } from '../playbook/types.js';
import { withDefaults } from '../triage/answers.js';
import { matches, type Answers } from '../triage/when.js';
import { answerSetsWithSituations, INPUT_PLACEHOLDER } from './answer-space.js';
import { Memo } from '../memo.js';

const cache = new Memo<Playbook, Map<string, Answers>>();
const setsCache = new Memo<Playbook, Map<string, Answers[]>>();

/**
 * For each situation id, several sets of answers that reach it, so lint renders every variant the
 * ways an agent meets it: the typical one (optional inputs such as the name filled), the same with
 * every optional input left empty (no name given), and the most unusual set that still reaches it
 * (the most yes/no answers against their default).
 */
export function sampleAnswerSets(playbook: Playbook): Map<string, Answers[]> {
  const known = setsCache.get(playbook);
  if (known) return known;
  const typical = sampleAnswers(playbook);
  const unusual = (answers: Answers) => playbook.questions.filter((q) => q.type === 'confirm' && q.default !== undefined && answers[q.id] !== null && answers[q.id] !== undefined && answers[q.id] !== q.default).length;
  const most = new Map<string, { answers: Answers; unusual: number }>();
  for (const { answers, situation } of answerSetsWithSituations(playbook) ?? []) {
    const id = situation?.id;
    if (!id) continue;
    const score = unusual(answers);
    const seen = most.get(id);
    if (!seen || score > seen.unusual) most.set(id, { answers, unusual: score });
  }
  const sets = new Map<string, Answers[]>();
  for (const [id, answers] of typical) {
    const withoutOptional: Answers = { ...answers };
    for (const q of playbook.questions) if (q.type === 'input' && q.required !== true && withoutOptional[q.id] !== null && withoutOptional[q.id] !== undefined) withoutOptional[q.id] = null;
    const candidates = [answers, withoutOptional, ...(most.has(id) ? [fillInputs(playbook, withOptionalInputs(playbook, most.get(id)!.answers))] : [])];
    const distinct = new Map(candidates.map((a) => [JSON.stringify(a), a]));
    sets.set(id, [...distinct.values()]);
  }
  setsCache.set(playbook, sets);
  return sets;
}

function fillInputs(playbook: Playbook, answers: Answers): Answers {
  const out: Answers = {};
  for (const q of playbook.questions) {
    const value = answers[q.id];
    out[q.id] = q.type === 'input' && value !== null ? q.sample ?? `sample ${q.id}` : (value as AnswerValue | null);
  }
  return out;
}

/** For each situation id, one complete set of answers that reaches it, with inputs filled from `sample`. */
export function sampleAnswers(playbook: Playbook): Map<string, Answers> {
  let bySituation = cache.get(playbook);
  if (bySituation) return bySituation;
  bySituation = new Map();
  const fill = (answers: Answers): Answers => {
    const out: Answers = {};
    for (const q of playbook.questions) {
      const value = answers[q.id];
      out[q.id] = q.type === 'input' && value !== null ? q.sample ?? `sample ${q.id}` : (value as AnswerValue | null);
    }
    return out;
  };
  // The typical case of each situation: the set with the fewest yes/no answers against their default
  // (a complaint whose commenter did not post their own details), the first of those.
  const unusual = (answers: Answers) => playbook.questions.filter((q) => q.type === 'confirm' && q.default !== undefined && answers[q.id] !== null && answers[q.id] !== undefined && answers[q.id] !== q.default).length;
  const best = new Map<string, { answers: Answers; unusual: number }>();
  for (const { answers, situation } of answerSetsWithSituations(playbook) ?? []) {
    const id = situation?.id;
    if (!id) continue;
    const score = unusual(answers);
    const seen = best.get(id);
    if (!seen || score < seen.unusual) best.set(id, { answers, unusual: score });
  }
  // Prefer a set where the optional inputs (like the name) are filled, as in a typical reply.
  for (const [id, { answers }] of best) bySituation.set(id, fill(withOptionalInputs(playbook, answers)));
  for (const example of playbook.examples ?? []) {
    const id = example.expect.situation;
    if (id && !bySituation.has(id)) bySituation.set(id, withDefaults(playbook, example.answers));
  }
  cache.set(playbook, bySituation);
  return bySituation;
}

function withOptionalInputs(playbook: Playbook, answers: Answers): Answers {
  const out = { ...answers };
  for (const q of playbook.questions) if (q.type === 'input' && out[q.id] === null && q.sample && matches(q.when, out)) out[q.id] = INPUT_PLACEHOLDER;
  return out;
}
