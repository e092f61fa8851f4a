// Choices a team took out along with a situation: when a playbook removes a situation it extends, a
// choice that only that situation named now leads nowhere of its own (at best to the catch-all), so
// the guide does not offer it. A choice the team never tied to a situation (an "other" for the
// catch-all) stays.
import type { LoadedPlaybook } from './load.js';
import type { Playbook } from './types.js';

type Named = Map<string, Set<unknown>>;

/** Question id → the choice values only removed situations named. */
export function removedChoices(loaded: LoadedPlaybook): Named {
  const removed = new Set<unknown>();
  for (const layer of loaded.layers) {
    for (const item of listOf(layer.raw.situations)) if (item.remove === true) removed.add(item.id);
  }
  const hidden: Named = new Map();
  if (removed.size === 0) return hidden;
  const kept = named(loaded.data.situations.map((s) => s.when));
  for (const layer of loaded.layers) {
    for (const item of listOf(layer.raw.situations)) {
      if (item.remove === true || !removed.has(item.id)) continue;
      for (const [question, values] of named([item.when as Playbook['situations'][number]['when']])) {
        for (const value of values) {
          if (kept.get(question)?.has(value)) continue;
          if (!hidden.has(question)) hidden.set(question, new Set());
          hidden.get(question)!.add(value);
        }
      }
    }
  }
  return hidden;
}

/** The values each question's conditions name positively (a plain value or a list of them). */
function named(whens: readonly (Playbook['situations'][number]['when'] | undefined)[]): Named {
  const out: Named = new Map();
  for (const when of whens) {
    if (!when || typeof when !== 'object') continue;
    for (const [question, condition] of Object.entries(when)) {
      const values = Array.isArray(condition) ? condition : condition !== null && typeof condition === 'object' ? [] : [condition];
      if (!out.has(question)) out.set(question, new Set());
      for (const v of values) out.get(question)!.add(v);
    }
  }
  return out;
}

function listOf(value: unknown): Record<string, unknown>[] {
  return Array.isArray(value) ? value.filter((v): v is Record<string, unknown> => v !== null && typeof v === 'object') : [];
}
