import { phrase, said } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import type { Rule } from '../rule.js';

export const templateFewVariants: Rule = {
  id: 'template-few-variants',
  severity: 'warning',
  description: 'Each template has at least two variants, so replies never read as copy-paste.',
  check(context) {
    const out: Diagnostic[] = [];
    for (const template of context.playbook.templates.values()) {
      if (!template) continue;
      const written = template.variants.filter((v) => v.text.trim() !== '');
      if (written.length === 1) {
        const { line, column } = template.variants[0];
        out.push({ rule: templateFewVariants.id, severity: templateFewVariants.severity, file: template.file, line, column, ...said(phrase('template.fewVariants', { id: template.id })) });
      }
    }
    return out;
  },
};
