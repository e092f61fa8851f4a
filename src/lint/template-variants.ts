// Every variant of every template a playbook uses, analysed once and shared by the template rules.
import { phrase, said, type PhraseValue } from '../i18n/phrase.js';
import type { Diagnostic, Severity } from '../diagnostics.js';
import type { LoadedPlaybook } from '../playbook/load.js';
import { analyzeTemplate, type Analysis } from '../render/analyze.js';
import { positionInFile, type TemplateSource, type Variant } from '../render/variants.js';

export interface AnalyzedVariant {
  template: TemplateSource;
  index: number;
  variant: Variant;
  analysis: Analysis;
}

const cache = new WeakMap<LoadedPlaybook, AnalyzedVariant[]>();

export function analyzedVariants(playbook: LoadedPlaybook): AnalyzedVariant[] {
  let list = cache.get(playbook);
  if (!list) {
    list = [];
    for (const template of playbook.templates.values()) {
      if (!template) continue;
      template.variants.forEach((variant, index) => list!.push({ template, index, variant, analysis: analyzeTemplate(variant.text) }));
    }
    cache.set(playbook, list);
  }
  return list;
}

/** A diagnostic at a position inside a variant (line and column relative to the variant's text). */
export function inVariant(
  rule: { id: string; severity: Severity },
  item: AnalyzedVariant,
  position: { line: number; column: number },
  problem: PhraseValue,
): Diagnostic {
  const { line, column } = positionInFile(item.template, item.variant, position.line, position.column);
  const { id, variants } = item.template;
  const message = variants.length > 1 ? phrase('template.inVariant', { id, n: item.index + 1, problem }) : phrase('template.inTemplate', { id, problem });
  return { rule: rule.id, severity: rule.severity, file: item.template.file, line, column, ...said(message) };
}
