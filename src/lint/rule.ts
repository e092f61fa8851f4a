// What every lint rule gets and gives: a loaded playbook in, diagnostics out. One rule, one file.
import type { Diagnostic, Severity } from '../diagnostics.js';
import type { LoadedPlaybook } from '../playbook/load.js';
import { said, type Phrase } from '../i18n/phrase.js';
import { locate, type Path } from '../playbook/yaml-source.js';
import { atChange, inBuiltin } from './builtin-blame.js';
import type { Blame } from './example-blame.js';

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
  /** Its errors leave the playbook usable (a placeholder, an overdue review): rules above still run. */
  leavesPlaybookUsable?: boolean;
  check(context: RuleContext): Diagnostic[];
}

/**
 * A diagnostic at a path in the playbook's YAML (the key itself with target "key"). The file is where
 * the item was written: the playbook, or one it extends. A team cannot edit a built-in playbook: for
 * an item written there, `blame` looks for the team's change that caused the finding (a contact it
 * removed, say), and the finding is reported at that change, naming the item in the built-in file.
 */
export function at(rule: Rule, context: RuleContext, path: Path, message: Phrase, target: 'key' | 'value' = 'value', blame?: (message: Phrase) => Blame | undefined): Diagnostic {
  const builtin = blame && inBuiltin(context.playbook, path);
  const blamed = builtin && blame(message);
  if (builtin && blamed) return { rule: rule.id, severity: rule.severity, ...atChange(builtin.parent, builtin.where, blamed) };
  return { rule: rule.id, severity: rule.severity, ...locate(context.playbook.source, path, target), ...said(message) };
}
