import { dirname, relative } from 'node:path';
import type { Diagnostic } from '../../diagnostics.js';
import { templateKey } from '../../playbook/load.js';
import { at, type Rule } from '../rule.js';

export const refTemplate: Rule = {
  id: 'ref-template',
  severity: 'error',
  description: 'Every reply template a situation names exists for the playbook locale.',
  check(context) {
    const { data, templates, templatesDir, file } = context.playbook;
    const out: Diagnostic[] = [];
    data.situations.forEach((s, i) => {
      if (s.template === undefined || templates.has(templateKey(data.locale, s.template))) return;
      const expected = relative(dirname(file), `${templatesDir}/${data.locale}/${s.template}.hbs`);
      out.push(at(refTemplate, context, ['situations', i, 'template'], `no template "${s.template}" for locale ${data.locale}: expected ${expected} or templates.${s.template}.${data.locale} in the playbook`));
    });
    return out;
  },
};
