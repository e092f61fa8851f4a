// What every lint rule gets and gives: a loaded playbook in, diagnostics out. One rule, one file.
import type { Diagnostic, Severity } from '../diagnostics.js';
import type { LoadedPlaybook } from '../playbook/load.js';
import { said, type Phrase } from '../i18n/phrase.js';
import { locate, type Path } from '../playbook/yaml-source.js';

export interface RuleContext {
  playbook: LoadedPlaybook;
  /** Injected so staleness is testable. */
  now: Date;
}

export interface Rule {
  id: string;
  severity: Severity;
  description: string;
  /** Run only when no other rule found an error (its findings would be consequences of those). */
  needsValidPlaybook?: boolean;
  check(context: RuleContext): Diagnostic[];
}

/** A diagnostic at a path in the playbook's YAML (the key itself with target "key"). */
export function at(rule: Rule, context: RuleContext, path: Path, message: Phrase, target: 'key' | 'value' = 'value'): Diagnostic {
  // The file is where the item was written: the playbook, or one it extends.
  return { rule: rule.id, severity: rule.severity, ...locate(context.playbook.source, path, target), ...said(message) };
}
