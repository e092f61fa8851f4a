import { phrase } from '../../i18n/phrase.js';
import { dirname, relative } from 'node:path';
import type { Diagnostic } from '../../diagnostics.js';
import { templateKey } from '../../playbook/load.js';
import { because, localeAdded } from '../builtin-blame.js';
import { at, type Rule } from '../rule.js';

export const refTemplate: Rule = {
  id: 'ref-template',
  severity: 'error',
  description: 'Every reply template a situation names exists in every locale of the playbook.',
  check(context) {
    const { data, templates, templatesDir, file, locales } = context.playbook;
    const out: Diagnostic[] = [];
    data.situations.forEach((s, i) => {
      if (s.template === undefined) return;
      for (const locale of locales) {
        if (templates.has(templateKey(locale, s.template))) continue;
        const expected = relative(dirname(file), `${templatesDir}/${locale}/${s.template}.hbs`);
        // A built-in situation has no template in a locale the team added: said at that locale.
        out.push(at(refTemplate, context, ['situations', i, 'template'], phrase('ref.noTemplate', { id: s.template, locale, file: expected }), 'value', (message) => because(message, localeAdded(context.playbook, locale))));
      }
    });
    return out;
  },
};
