// What a reply template may refer to, and which of those values may be missing at run time.
import type { Playbook } from '../playbook/types.js';

export const CONTEXT_ROOTS = ['answers', 'brand', 'agent', 'comment', 'policies'] as const;

export type VariableStatus = { known: true; optional: boolean } | { known: false; reason: string };

/** Classifies a variable path such as ["answers", "name"] or ["brand", "support", "email"]. */
export function classifyVariable(playbook: Playbook, path: readonly string[]): VariableStatus {
  const [root, ...rest] = path;
  switch (root) {
    case 'agent':
    case 'comment':
      return rest.length === 0 ? { known: true, optional: false } : { known: false, reason: `${root} is plain text and has no fields` };
    case 'answers': {
      if (rest.length === 0) return { known: false, reason: 'use one answer, e.g. {{answers.name}}' };
      const question = playbook.questions.find((q) => q.id === rest[0]);
      if (!question) return { known: false, reason: `there is no question "${rest[0]}"` };
      if (rest.length > 1) return { known: false, reason: `answers.${rest[0]} is a single value` };
      const optional = question.when !== undefined || (question.type === 'input' && question.required !== true);
      return { known: true, optional };
    }
    case 'brand':
    case 'policies': {
      let value: unknown = root === 'brand' ? playbook.brand : playbook.policies;
      for (const part of rest) {
        if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) {
          return { known: false, reason: `${path.join('.')} is not set in the playbook` };
        }
        value = (value as Record<string, unknown>)[part];
      }
      return typeof value === 'object' && value !== null
        ? { known: false, reason: `${path.join('.')} is a group; name one of its fields` }
        : { known: true, optional: false };
    }
    default:
      return { known: false, reason: `templates can use ${CONTEXT_ROOTS.map((r) => r + '.…').join(', ')}` };
  }
}
