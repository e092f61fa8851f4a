import type { Diagnostic } from '../../diagnostics.js';
import type { Rule } from '../rule.js';
import { analyzedVariants, inVariant } from '../template-variants.js';

export const templateSyntax: Rule = {
  id: 'template-syntax',
  severity: 'error',
  description: 'Every template variant is valid Handlebars.',
  check(context) {
    const out: Diagnostic[] = [];
    for (const item of analyzedVariants(context.playbook)) {
      if (!item.analysis.ok) out.push(inVariant(templateSyntax, item, item.analysis.error, item.analysis.error.message));
    }
    return out;
  },
};
