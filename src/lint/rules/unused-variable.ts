import { phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import { allWhens } from '../../playbook/walk.js';
import { at, type Rule } from '../rule.js';
import { analyzedVariants } from '../template-variants.js';

export const unusedVariable: Rule = {
  id: 'unused-variable',
  severity: 'warning',
  description: 'Every input question is used by a template or a `when`; otherwise the agent types it for nothing.',
  check(context) {
    const { data, templates } = context.playbook;
    // With a template missing or unreadable we can't know what it uses.
    const referenced = new Set(data.situations.map((s) => s.template).filter((t) => t !== undefined));
    if ([...referenced].some((id) => !templates.get(`${data.locale}/${id}`))) return [];
    const used = new Set<string>();
    for (const site of allWhens(data)) for (const id of Object.keys(site.when)) used.add(id);
    for (const item of analyzedVariants(context.playbook)) {
      if (item.analysis.ok) for (const use of item.analysis.variables) if (use.path[0] === 'answers' && use.path[1]) used.add(use.path[1]);
    }
    const out: Diagnostic[] = [];
    data.questions.forEach((q, i) => {
      if (q.type === 'input' && !used.has(q.id)) out.push(at(unusedVariable, context, ['questions', i, 'id'], phrase('unused.input', { id: q.id })));
    });
    return out;
  },
};
