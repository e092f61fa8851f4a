// What a reply template may refer to, and which of those values may be missing at run time.
import { phrase, type Phrase } from '../i18n/phrase.js';
import type { Playbook } from '../playbook/types.js';
import { didYouMeanPhrase } from '../playbook/suggest.js';

export const CONTEXT_ROOTS = ['answers', 'brand', 'agent', 'comment', 'policies', 'reopens'] as const;

export type VariableStatus = { known: true; optional: boolean } | { known: false; reason: Phrase };

/** Classifies a variable path such as ["answers", "name"] or ["brand", "support", "email"]. */
export function classifyVariable(playbook: Playbook, path: readonly string[]): VariableStatus {
  const [root, ...rest] = path;
  switch (root) {
    case 'agent':
    case 'comment':
      return rest.length === 0 ? { known: true, optional: false } : { known: false, reason: phrase('variable.plainText', { root }) };
    case 'reopens':
      if (rest.length > 0) return { known: false, reason: phrase('variable.plainText', { root }) };
      return playbook.policies?.hours ? { known: true, optional: false } : { known: false, reason: phrase('variable.noHours') };
    case 'answers': {
      if (rest.length === 0) return { known: false, reason: phrase('variable.oneAnswer') };
      const question = playbook.questions.find((q) => q.id === rest[0]);
      if (!question) return { known: false, reason: phrase('variable.noQuestion', { id: rest[0], hint: didYouMeanPhrase(rest[0], playbook.questions.map((q) => q.id)) }) };
      if (rest.length > 1) return { known: false, reason: phrase('variable.single', { id: rest[0] }) };
      const optional = question.when !== undefined || (question.type === 'input' && question.required !== true);
      return { known: true, optional };
    }
    case 'brand':
    case 'policies': {
      let value: unknown = root === 'brand' ? playbook.brand : playbook.policies;
      for (const [i, part] of rest.entries()) {
        if (value === null || typeof value !== 'object' || !Object.hasOwn(value, part)) {
          const near = value !== null && typeof value === 'object' ? Object.keys(value).map((key) => [root, ...rest.slice(0, i), key].join('.')) : [];
          return { known: false, reason: phrase('variable.notSet', { path: path.join('.'), hint: didYouMeanPhrase(path.join('.'), near) }) };
        }
        value = (value as Record<string, unknown>)[part];
      }
      return typeof value === 'object' && value !== null
        ? { known: false, reason: phrase('variable.group', { path: path.join('.') }) }
        : { known: true, optional: false };
    }
    default:
      return { known: false, reason: phrase('variable.roots', { roots: CONTEXT_ROOTS.map((r) => r + '.…').join(', ') }) };
  }
}
