import { phrase, said } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import { templateKey } from '../../playbook/load.js';
import type { Rule } from '../rule.js';
import { isBuiltinTemplate } from '../../playbook/builtin.js';
import { because, inTemplateAtChange, templateChange } from '../builtin-blame.js';
import { analyzedVariants } from '../template-variants.js';
import { usedTemplates } from '../../playbook/situation-templates.js';

export const translationPlaceholders: Rule = {
  id: 'translation-placeholders',
  severity: 'error',
  description: 'A template uses the same placeholders in every locale (a {{brand.support.email}} in English is in German too).',
  check(context) {
    const { data, templates, locales } = context.playbook;
    if (locales.length < 2) return [];
    const used = new Map<string, Set<string>>();
    for (const item of analyzedVariants(context.playbook)) {
      if (!item.analysis.ok) continue;
      const key = templateKey(item.template.locale, item.template.id);
      const set = used.get(key) ?? new Set<string>();
      for (const v of item.analysis.variables) set.add(v.path.join('.'));
      used.set(key, set);
    }
    const out: Diagnostic[] = [];
    for (const id of usedTemplates(data)) {
      const base = used.get(templateKey(locales[0], id));
      if (!base) continue;
      for (const locale of locales.slice(1)) {
        const template = templates.get(templateKey(locale, id));
        const other = used.get(templateKey(locale, id));
        if (!template || !other) continue;
        const missing = [...base].filter((v) => !other.has(v));
        const extra = [...other].filter((v) => !base.has(v));
        if (missing.length === 0 && extra.length === 0) continue;
        const key = missing.length && extra.length ? 'placeholders.both' : missing.length ? 'placeholders.lacks' : 'placeholders.adds';
        const { line, column } = template.variants[0] ?? { line: 1, column: 1 };
        const message = phrase(key, { id, locale, base: locales[0], missing: placeholders(missing), extra: placeholders(extra) });
        // A built-in template that no longer matches the team's own template in the first locale: said there.
        const blamed = isBuiltinTemplate(template.file) ? because(message, templateChange(context.playbook, id, locales[0])) : undefined;
        const where = blamed ? inTemplateAtChange({ file: template.file, line, column }, blamed) : { file: template.file, line, column, ...said(message) };
        out.push({ rule: translationPlaceholders.id, severity: translationPlaceholders.severity, ...where });
      }
    }
    return out;
  },
};

const placeholders = (names: string[]) => names.map((n) => `{{${n}}}`).join(', ');
