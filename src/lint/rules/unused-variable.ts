import { phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import type { LoadedPlaybook } from '../../playbook/load.js';
import { allWhens } from '../../playbook/walk.js';
import { because, builtinItem, builtinTemplateAnswers, changedField, removed, removedIds, templateChange, type Change } from '../builtin-blame.js';
import { at, type Rule } from '../rule.js';
import { analyzedVariants } from '../template-variants.js';
import { usedTemplates } from '../../playbook/situation-templates.js';

export const unusedVariable: Rule = {
  id: 'unused-variable',
  severity: 'warning',
  description: 'Every input question is used by a template or a `when`; otherwise the agent types it for nothing.',
  check(context) {
    const { data, templates } = context.playbook;
    // With a template missing or unreadable we can't know what it uses.
    if (usedTemplates(data).some((id) => !templates.get(`${data.locale}/${id}`))) return [];
    const used = new Set<string>();
    for (const site of allWhens(data)) for (const id of Object.keys(site.when)) used.add(id);
    for (const item of analyzedVariants(context.playbook)) {
      if (item.analysis.ok) for (const use of item.analysis.variables) if (use.path[0] === 'answers' && use.path[1]) used.add(use.path[1]);
    }
    const out: Diagnostic[] = [];
    data.questions.forEach((q, i) => {
      if (q.type === 'input' && !used.has(q.id)) out.push(at(unusedVariable, context, ['questions', i, 'id'], phrase('unused.input', { id: q.id }), 'value', (message) => because(message, unusedBy(context.playbook, q.id))));
    });
    return out;
  },
};

/**
 * A built-in input nothing uses any more: the team rewrote the template that used it, removed the
 * situation that used it, or changed that situation's template or `when`.
 */
function unusedBy(playbook: LoadedPlaybook, question: string): Change | undefined {
  const { data } = playbook;
  const checks = (when: unknown) => when !== null && typeof when === 'object' && Object.hasOwn(when, question);
  const usedBy = (situation: Record<string, unknown> | undefined) => situation !== undefined && (
    checks(situation.when)
    || (Array.isArray(situation.steps) && situation.steps.some((step) => checks((step as { when?: unknown } | null)?.when)))
    || (typeof situation.template === 'string' && builtinTemplateAnswers(playbook, situation.template, data.locale).has(question)));
  for (const id of new Set(data.situations.map((s) => s.template).filter((t): t is string => t !== undefined))) {
    const change = builtinTemplateAnswers(playbook, id, data.locale).has(question) ? templateChange(playbook, id, data.locale) : undefined;
    if (change) return change;
  }
  const gone = removedIds(playbook, 'situations').find((id) => usedBy(builtinItem(playbook, 'situations', id)));
  if (gone !== undefined) return removed(playbook, 'situations', gone);
  for (const [index, situation] of data.situations.entries()) {
    if (!usedBy(builtinItem(playbook, 'situations', situation.id))) continue;
    const change = changedField(playbook, ['situations', index, 'template']) ?? changedField(playbook, ['situations', index, 'noReply']) ?? changedField(playbook, ['situations', index, 'when']);
    if (change) return change;
  }
  return undefined;
}
