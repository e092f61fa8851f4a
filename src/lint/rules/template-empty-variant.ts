import { phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import type { Rule } from '../rule.js';
import { analyzedVariants, inVariant } from '../template-variants.js';

export const templateEmptyVariant: Rule = {
  id: 'template-empty-variant',
  severity: 'warning',
  description: 'No template variant is empty (a stray "---" line makes one).',
  check(context) {
    const out: Diagnostic[] = [];
    for (const item of analyzedVariants(context.playbook)) {
      if (item.variant.text.trim() === '') out.push(inVariant(templateEmptyVariant, item, { line: 1, column: 1 }, phrase('template.emptyVariant')));
    }
    return out;
  },
};
