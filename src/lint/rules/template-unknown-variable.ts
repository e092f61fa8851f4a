import { phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import { classifyVariable } from '../../render/variables.js';
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
        if (!status.known) out.push(inVariant(templateUnknownVariable, item, use, phrase('template.unknownVariable', { name: use.path.join('.'), reason: status.reason })));
      }
    }
    return out;
  },
};
