import { phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import { answersMaybeEmpty } from '../answer-space.js';
import { classifyVariable } from '../../render/variables.js';
import type { LoadedPlaybook } from '../../playbook/load.js';
import { because, changedField, type Change } from '../builtin-blame.js';
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
          out.push(inVariant(templateUnguardedVariable, item, use, phrase('template.unguarded', { name }), (message) => because(message, madeOptional(context.playbook, use.path))));
        }
      }
    }
    return out;
  },
};

/** An answer a built-in template uses that the team made optional: where it changed `required`, `when` or `default`. */
function madeOptional(playbook: LoadedPlaybook, path: string[]): Change | undefined {
  if (path[0] !== 'answers') return undefined;
  const index = playbook.data.questions.findIndex((q) => q.id === path[1]);
  if (index === -1) return undefined;
  return changedField(playbook, ['questions', index, 'required']) ?? changedField(playbook, ['questions', index, 'when']) ?? changedField(playbook, ['questions', index, 'default']);
}
