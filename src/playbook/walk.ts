// Every `when` in a playbook with its path, so rules that check conditions look in one place.
import type { Path } from './yaml-source.js';
import type { Playbook, When } from './types.js';

export interface WhenSite {
  when: When;
  path: Path;
  /** Questions asked before this point (for a question's own `when`: only earlier ones). */
  visibleQuestions: number;
}

export function allWhens(playbook: Playbook): WhenSite[] {
  const sites: WhenSite[] = [];
  const all = playbook.questions.length;
  playbook.questions.forEach((q, i) => { if (q.when) sites.push({ when: q.when, path: ['questions', i, 'when'], visibleQuestions: i }); });
  playbook.situations.forEach((s, i) => {
    if (s.when) sites.push({ when: s.when, path: ['situations', i, 'when'], visibleQuestions: all });
    s.steps?.forEach((step, j) => { if (step.when) sites.push({ when: step.when, path: ['situations', i, 'steps', j, 'when'], visibleQuestions: all }); });
  });
  return sites;
}
