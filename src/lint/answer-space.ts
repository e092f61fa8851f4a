// The finite answers each select/confirm question can take, so rules can reason about which
// situations can ever match. Input questions have open-ended answers and are treated as opaque.
import type { AnswerValue, Playbook, Situation, When } from '../playbook/types.js';
import { allWhens } from '../playbook/walk.js';
import { matchSituation } from '../triage/flow.js';
import { situationTemplates } from '../playbook/situation-templates.js';
import { matches, matchesCondition, type Answers } from '../triage/when.js';
import { Memo } from '../memo.js';

/** null stands for "not asked" (the question's own `when` did not hold). */
export type Domain = (AnswerValue | null)[] | 'open';

export function domains(playbook: Playbook): Map<string, Domain> {
  const map = new Map<string, Domain>();
  for (const q of playbook.questions) {
    if (q.type === 'input') { map.set(q.id, 'open'); continue; }
    const values: (AnswerValue | null)[] = q.type === 'select' ? (q.choices ?? []).map((c) => c.value) : [true, false];
    if (q.when) values.push(null);
    map.set(q.id, values);
  }
  return map;
}

// Rules compare every situation with every other (and every choice with every situation): each
// `when`'s allowed answers are worked out once per domain, not per comparison, so a playbook with
// many situations lints in time that grows with their number, not its cube. (Read-only sets; a
// domain is one playbook's, so its Map of `when`s goes with it, even for a `when` the playbook shares.)
const allowedCache = new Memo<readonly (AnswerValue | null)[], { whole: Set<AnswerValue | null>; byWhen: Map<When, Map<string, Set<AnswerValue | null>>> }>();

/** The answers to one question that a `when` allows; 'open' when it says nothing finite. */
export function allowed(when: When | undefined, id: string, domain: Domain): ReadonlySet<AnswerValue | null> | 'open' {
  if (domain === 'open') return 'open';
  let cached = allowedCache.get(domain);
  if (!cached) allowedCache.set(domain, (cached = { whole: new Set(domain), byWhen: new Map() }));
  const condition = when?.[id];
  if (condition === undefined) return cached.whole;
  let byId = cached.byWhen.get(when!);
  if (!byId) cached.byWhen.set(when!, (byId = new Map()));
  let values = byId.get(id);
  // One value (most conditions) is looked up, not compared with every choice: with a choice per
  // situation, that made the whole check grow with their square.
  const single = condition === null || typeof condition !== 'object';
  if (!values) byId.set(id, (values = single ? new Set(cached.whole.has(condition) ? [condition] : []) : new Set(domain.filter((value) => matchesCondition(condition, value)))));
  return values;
}

/** Does every answer set that matches `later` also match `earlier`? */
export function covers(earlier: When | undefined, later: When | undefined, space: Map<string, Domain>): boolean {
  for (const [id, condition] of Object.entries(earlier ?? {})) {
    const domain = space.get(id);
    if (!domain) return false;
    if (domain === 'open') {
      if (JSON.stringify(later?.[id]) !== JSON.stringify(condition)) return false;
      continue;
    }
    const wide = allowed(earlier, id, domain) as ReadonlySet<AnswerValue | null>;
    const narrow = allowed(later, id, domain) as ReadonlySet<AnswerValue | null>;
    for (const value of narrow) if (!wide.has(value)) return false;
  }
  return true;
}

/**
 * For each situation, the first earlier one that covers it (-1 when none), as comparing each with every
 * earlier one would find, without doing so: an earlier situation covers a later one only if its first
 * condition allows every answer the later one's does, so any one of those answers finds every candidate.
 * Checking a playbook of 1,000 situations took ~100 ms compared pairwise.
 */
export function firstCovering(situations: readonly Situation[], space: Map<string, Domain>): number[] {
  const always: number[] = []; // no `when`, or a first condition on free text: compared every time
  // By question of a first condition: every situation with one, and those allowing each answer.
  const byQuestion = new Map<string, { all: number[]; byValue: Map<AnswerValue | null, number[]> }>();
  situations.forEach((situation, i) => {
    const [first] = Object.keys(situation.when ?? {});
    const domain = first === undefined ? undefined : space.get(first);
    if (first === undefined || domain === 'open') always.push(i);
    if (first === undefined || !domain || domain === 'open') return; // an unknown question covers nothing
    let index = byQuestion.get(first);
    if (!index) byQuestion.set(first, (index = { all: [], byValue: new Map() }));
    index.all.push(i);
    for (const value of allowed(situation.when, first, domain) as ReadonlySet<AnswerValue | null>) {
      let list = index.byValue.get(value);
      if (!list) index.byValue.set(value, (list = []));
      list.push(i);
    }
  });
  return situations.map((later, i) => {
    const candidates = [...always];
    for (const [id, { all, byValue }] of byQuestion) {
      const narrow = allowed(later.when, id, space.get(id)!) as ReadonlySet<AnswerValue | null>;
      const [any] = narrow;
      candidates.push(...(narrow.size > 0 ? byValue.get(any) ?? [] : all)); // allowing nothing, anything may cover it
    }
    let found = -1;
    for (const j of candidates) if (j < i && (found === -1 || j < found) && covers(situations[j].when, later.when, space)) found = j;
    return found;
  });
}

export const INPUT_PLACEHOLDER = '\u0000input';

/**
 * Every complete set of answers the question flow can produce (select and confirm questions with each
 * of their values; a required input as a placeholder, an optional one as empty), or undefined when
 * there are more than `limit` (then rules fall back to a coarser analysis).
 */
export function enumerateAnswerSets(playbook: Playbook, limit = 20_000): Answers[] | undefined {
  const results: Answers[] = [];
  const inWhens = new Set(allWhens(playbook).flatMap((site) => Object.keys(site.when)));
  const walk = (index: number, answers: Answers): boolean => {
    if (index === playbook.questions.length) {
      results.push(answers);
      return results.length <= limit;
    }
    const q = playbook.questions[index];
    if (!matches(q.when, answers)) return walk(index + 1, { ...answers, [q.id]: null });
    const values: (AnswerValue | null)[] = q.type === 'select' ? (q.choices ?? []).map((c) => c.value)
      : q.type === 'confirm' ? [true, false]
      : q.required ? [INPUT_PLACEHOLDER] : inWhens.has(q.id) ? [INPUT_PLACEHOLDER, null] : [null];
    for (const value of values) if (!walk(index + 1, { ...answers, [q.id]: value })) return false;
    return true;
  };
  return walk(0, {}) ? results : undefined;
}

export interface ReachedSituation {
  answers: Answers;
  /** The situation these answers lead to (the first that matches); undefined when none does. */
  situation: Situation | undefined;
}

const reachedCache = new Memo<Playbook, ReachedSituation[] | undefined>();

/**
 * Every complete answer set (enumerateAnswerSets) with the situation it leads to, worked out once per
 * playbook: the empty-answer analysis and both kinds of sample answers go through all of them.
 */
export function answerSetsWithSituations(playbook: Playbook): ReachedSituation[] | undefined {
  if (reachedCache.has(playbook)) return reachedCache.get(playbook);
  const reached = enumerateAnswerSets(playbook)?.map((answers) => ({ answers, situation: matchSituation(playbook, answers) }));
  reachedCache.set(playbook, reached);
  return reached;
}

const emptyCache = new Memo<Playbook, Map<string, Set<string>> | null>();

/**
 * For each template, the answers that can be empty when a situation using it is chosen; null when
 * the answer space is too large to enumerate.
 */
export function answersMaybeEmpty(playbook: Playbook): Map<string, Set<string>> | null {
  if (emptyCache.has(playbook)) return emptyCache.get(playbook)!;
  const sets = answerSetsWithSituations(playbook);
  let result: Map<string, Set<string>> | null = null;
  if (sets) {
    result = new Map();
    for (const { answers, situation } of sets) {
      if (!situation) continue;
      for (const template of situationTemplates(situation, playbook)) {
        const empty = result.get(template) ?? new Set<string>();
        for (const [id, value] of Object.entries(answers)) if (value === null || value === undefined) empty.add(id);
        result.set(template, empty);
      }
    }
  }
  emptyCache.set(playbook, result);
  return result;
}
