import { phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import { didYouMeanPhrase } from '../../playbook/suggest.js';
import { KNOWN_HELPER_NAMES } from '../../render/environment.js';
import type { Rule } from '../rule.js';
import { analyzedVariants, inVariant } from '../template-variants.js';

export const templateUnknownHelper: Rule = {
  id: 'template-unknown-helper',
  severity: 'error',
  description: `Templates use only the known helpers: ${[...KNOWN_HELPER_NAMES].join(', ')}.`,
  check(context) {
    const out: Diagnostic[] = [];
    for (const item of analyzedVariants(context.playbook)) {
      if (!item.analysis.ok) continue;
      for (const helper of item.analysis.helpers) {
        if (KNOWN_HELPER_NAMES.has(helper.name)) continue;
        const hint = didYouMeanPhrase(helper.name, KNOWN_HELPER_NAMES) || phrase('hint.helpers', { list: [...KNOWN_HELPER_NAMES].join(', ') });
        out.push(inVariant(templateUnknownHelper, item, helper, phrase('template.unknownHelper', { name: helper.name, hint })));
      }
    }
    return out;
  },
};
