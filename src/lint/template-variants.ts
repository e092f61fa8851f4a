// Every variant of every template a playbook uses, analysed once and shared by the template rules.
import { phrase, said, type Phrase, type PhraseValue } from '../i18n/phrase.js';
import type { Diagnostic, Severity } from '../diagnostics.js';
import type { LoadedPlaybook } from '../playbook/load.js';
import { analyzeTemplate, type Analysis } from '../render/analyze.js';
import { positionInFile, type TemplateSource, type Variant } from '../render/variants.js';
import { isBuiltinTemplate } from '../playbook/builtin.js';
import { inTemplateAtChange } from './builtin-blame.js';
import type { Blame } from './example-blame.js';
import { Memo } from '../memo.js';

export interface AnalyzedVariant {
  template: TemplateSource;
  index: number;
  variant: Variant;
  analysis: Analysis;
}

const cache = new Memo<LoadedPlaybook, AnalyzedVariant[]>();

export function analyzedVariants(playbook: LoadedPlaybook): AnalyzedVariant[] {
  let list = cache.get(playbook);
  if (!list) {
    list = [];
    for (const template of playbook.templates.values()) {
      if (!template) continue;
      template.variants.forEach((variant, index) => list!.push({ template, index, variant, analysis: analyzeTemplate(variant.text, variant) }));
    }
    cache.set(playbook, list);
  }
  return list;
}

/**
 * A diagnostic at a position inside a variant (line and column relative to the variant's text). In a
 * built-in template, which a team cannot edit, `blame` may find the team's change that caused it
 * (a question it removed, say): the finding is then reported there.
 */
export function inVariant(
  rule: { id: string; severity: Severity },
  item: AnalyzedVariant,
  position: { line: number; column: number },
  problem: PhraseValue,
  blame?: (message: Phrase) => Blame | undefined,
): Diagnostic {
  const { line, column } = positionInFile(item.template, item.variant, position.line, position.column);
  const { id, variants, file } = item.template;
  const message = variants.length > 1 ? phrase('template.inVariant', { id, n: item.index + 1, problem }) : phrase('template.inTemplate', { id, problem });
  const blamed = blame && isBuiltinTemplate(file) ? blame(message) : undefined;
  if (blamed) return { rule: rule.id, severity: rule.severity, ...inTemplateAtChange({ file, line, column }, blamed) };
  return { rule: rule.id, severity: rule.severity, file, line, column, ...said(message) };
}
