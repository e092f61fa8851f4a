// The templates a situation replies with: its reply, and outside staffed hours its holding reply (the
// seeds' "we received your question", saying when we are back). One place, so lint, triage, stats and
// the guide agree on which templates a situation uses.
import type { Playbook, Situation } from './types.js';
import type { Path } from './yaml-source.js';

/**
 * The holding reply's template id: the situation's own (`holdingReply: <id>`), the playbook's
 * (`holdingReply: true` uses `policies.hours.holdingReply`, so a team changes it in one place), else
 * none; only for a situation that replies, counts staffed time, in a playbook with hours.
 */
export function holdingTemplate(situation: Situation, playbook: Playbook): string | undefined {
  if (situation.template === undefined || situation.anyHour === true || !playbook.policies?.hours) return undefined;
  if (typeof situation.holdingReply === 'string') return situation.holdingReply;
  return situation.holdingReply === true ? playbook.policies.hours.holdingReply : undefined;
}

/** Every template id a situation uses, reply first. */
export function situationTemplates(situation: Situation, playbook: Playbook): string[] {
  return templateRefs(situation, 0, playbook).map((ref) => ref.id);
}

/** The templates a situation uses, each with where the playbook names it (for diagnostics). */
export function templateRefs(situation: Situation, index: number, playbook: Playbook): { id: string; path: Path }[] {
  const refs: { id: string; path: Path }[] = [];
  if (situation.template !== undefined) refs.push({ id: situation.template, path: ['situations', index, 'template'] });
  const holding = holdingTemplate(situation, playbook);
  if (holding !== undefined && holding !== situation.template) {
    refs.push({ id: holding, path: typeof situation.holdingReply === 'string' ? ['situations', index, 'holdingReply'] : ['policies', 'hours', 'holdingReply'] });
  }
  return refs;
}

/** Every template id the playbook's situations use, in order, once each. */
export function usedTemplates(playbook: Playbook): string[] {
  return [...new Set(playbook.situations.flatMap((s) => situationTemplates(s, playbook)))];
}
