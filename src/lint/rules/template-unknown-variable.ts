import { phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import { classifyVariable } from '../../render/variables.js';
import type { LoadedPlaybook } from '../../playbook/load.js';
import { because, changedField, removed, type Change } from '../builtin-blame.js';
import type { Rule } from '../rule.js';
import { analyzedVariants, inVariant } from '../template-variants.js';

export const templateUnknownVariable: Rule = {
  id: 'template-unknown-variable',
  severity: 'error',
  description: 'Every variable a template uses is supplied: answers, brand, agent, comment or policies.',
  check(context) {
    const out: Diagnostic[] = [];
    const { data } = context.playbook;
    for (const item of analyzedVariants(context.playbook)) {
      if (!item.analysis.ok) continue;
      for (const use of item.analysis.variables) {
        const status = classifyVariable(data, use.path);
        if (!status.known) out.push(inVariant(templateUnknownVariable, item, use, phrase('template.unknownVariable', { name: use.path.join('.'), reason: status.reason }), (message) => because(message, missingBy(context.playbook, use.path))));
      }
    }
    return out;
  },
};

/**
 * A variable of a built-in template the team took away: a question it removed or made another type,
 * or a value it replaced (brand.handles are given whole).
 */
function missingBy(playbook: LoadedPlaybook, path: string[]): Change | undefined {
  if (path[0] === 'answers' && path[1] !== undefined) {
    const index = playbook.data.questions.findIndex((q) => q.id === path[1]);
    return index === -1 ? removed(playbook, 'questions', path[1]) : changedField(playbook, ['questions', index, 'type']);
  }
  for (let length = path.length; length > 0; length--) {
    const change = changedField(playbook, path.slice(0, length));
    if (change) return change;
  }
  return undefined;
}
