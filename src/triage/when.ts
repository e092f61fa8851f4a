// Declarative conditions on answers: a value matches itself, a list any of its values,
// { not: … } the opposite, { exists: bool } whether the question was answered. Never eval.
import type { AnswerValue, Condition, When } from '../playbook/types.js';

export type Answers = Record<string, AnswerValue | null | undefined>;

export function matchesCondition(condition: Condition, value: AnswerValue | null | undefined): boolean {
  if (Array.isArray(condition)) return condition.some((c) => c === value);
  if (condition !== null && typeof condition === 'object') {
    if ('exists' in condition) return condition.exists === (value !== null && value !== undefined && value !== '');
    const excluded = Array.isArray(condition.not) ? condition.not : [condition.not];
    return !excluded.some((c) => c === value);
  }
  return condition === value;
}

export function matches(when: When | undefined, answers: Answers): boolean {
  if (!when) return true;
  for (const [id, condition] of Object.entries(when)) {
    if (!matchesCondition(condition, answers[id])) return false;
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
