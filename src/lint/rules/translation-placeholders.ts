import { phrase, said } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import { templateKey } from '../../playbook/load.js';
import type { Rule } from '../rule.js';
import { isBuiltinTemplate } from '../../playbook/builtin.js';
import { because, inTemplateAtChange, templateChange } from '../builtin-blame.js';
import { analyzedVariants, type AnalyzedVariant } from '../template-variants.js';
import { classifyVariable } from '../../render/variables.js';
import { positionInFile } from '../../render/variants.js';
import { usedTemplates } from '../../playbook/situation-templates.js';

export const translationPlaceholders: Rule = {
  id: 'translation-placeholders',
  severity: 'error',
  description: 'A template uses the same placeholders in every locale (a {{brand.support.email}} in English is in German too).',
  check(context) {
    const { data, templates, locales } = context.playbook;
    if (locales.length < 2) return [];
    // Each template's placeholders, and where each is first used (to point at one a translation adds).
    // A template using a variable nobody supplies is left out: template-unknown-variable says so at the
    // typo, and comparing it would blame the translations that are right.
    const used = new Map<string, Map<string, { item: AnalyzedVariant; at: { line: number; column: number } }>>();
    const broken = new Set<string>();
    for (const item of analyzedVariants(context.playbook)) {
      const key = templateKey(item.template.locale, item.template.id);
      if (!item.analysis.ok) continue;
      const uses = used.get(key) ?? new Map();
      for (const v of item.analysis.variables) {
        if (!classifyVariable(data, v.path).known) broken.add(key);
        const name = v.path.join('.');
        if (!uses.has(name)) uses.set(name, { item, at: v });
      }
      used.set(key, uses);
    }
    const out: Diagnostic[] = [];
    for (const id of usedTemplates(data)) {
      const base = used.get(templateKey(locales[0], id));
      if (!base || broken.has(templateKey(locales[0], id))) continue;
      for (const locale of locales.slice(1)) {
        const template = templates.get(templateKey(locale, id));
        const other = used.get(templateKey(locale, id));
        if (!template || !other || broken.has(templateKey(locale, id))) continue;
        const missing = [...base.keys()].filter((v) => !other.has(v));
        const extra = [...other.keys()].filter((v) => !base.has(v));
        if (missing.length === 0 && extra.length === 0) continue;
        const key = missing.length && extra.length ? 'placeholders.both' : missing.length ? 'placeholders.lacks' : 'placeholders.adds';
        // One it adds is shown where it is used; one it lacks, at the template.
        const added = extra.length ? other.get(extra[0])! : undefined;
        const { line, column } = added ? positionInFile(added.item.template, added.item.variant, added.at.line, added.at.column) : template.variants[0] ?? { line: 1, column: 1 };
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
