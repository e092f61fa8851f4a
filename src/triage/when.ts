// Declarative conditions on answers: a value matches itself, a list any of its values,
// { not: … } the opposite, { exists: bool } whether the question was answered. Never eval.
import type { AnswerValue, Condition, When } from '../playbook/types.js';

export type Answers = Record<string, AnswerValue | null | undefined>;

export function matchesCondition(condition: Condition, value: AnswerValue | null | undefined): boolean {
  if (Array.isArray(condition)) return condition.some((c) => c === value);
  if (condition !== null && typeof condition === 'object') {
    if ('exists' in condition) return condition.exists === (value !== null && value !== undefined && value !== '');
    return Array.isArray(condition.not) ? !condition.not.some((c) => c === value) : condition.not !== value;
  }
  return condition === value;
}

export function matches(when: When | undefined, answers: Answers): boolean {
  if (!when) return true;
  // for…in, not Object.entries: no array made per call (triage and lint's example runs call this most).
  for (const id in when) {
    if (Object.hasOwn(when, id) && !matchesCondition(when[id], answers[id])) return false;
  }
  return true;
}

/** The plain values a condition names (for reference checks). */
export function conditionValues(condition: Condition): AnswerValue[] {
  if (Array.isArray(condition)) return condition;
  if (condition !== null && typeof condition === 'object') {
    if ('exists' in condition) return [];
    return Array.isArray(condition.not) ? condition.not : [condition.not];
  }
  return [condition];
}
