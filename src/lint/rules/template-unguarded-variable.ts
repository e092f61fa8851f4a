import { phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import { answersMaybeEmpty } from '../answer-space.js';
import { classifyVariable } from '../../render/variables.js';
import type { Rule } from '../rule.js';
import { analyzedVariants, inVariant } from '../template-variants.js';

export const templateUnguardedVariable: Rule = {
  id: 'template-unguarded-variable',
  severity: 'warning',
  description: 'A value that may be empty (an optional or conditional answer) has a fallback, so a reply never reads "Hi ,".',
  check(context) {
    const out: Diagnostic[] = [];
    const { data } = context.playbook;
    const maybeEmpty = answersMaybeEmpty(data);
    for (const item of analyzedVariants(context.playbook)) {
      if (!item.analysis.ok) continue;
      for (const use of item.analysis.variables) {
        if (use.guarded) continue;
        const status = classifyVariable(data, use.path);
        if (!status.known || !status.optional) continue;
        // Where the question flow is known, only answers that can really be empty for this template count.
        if (maybeEmpty && use.path[0] === 'answers' && !maybeEmpty.get(item.template.id)?.has(use.path[1])) continue;
        {
          const name = use.path.join('.');
          out.push(inVariant(templateUnguardedVariable, item, use, phrase('template.unguarded', { name })));
        }
      }
    }
    return out;
  },
};
