// Lints one playbook: load (YAML, schema, templates), then every rule on what loaded.
import { compareDiagnostics, type Diagnostic } from '../diagnostics.js';
import { loadPlaybook, playbookFile } from '../playbook/load.js';
import { relocateToExtends } from './builtin-blame.js';
import type { Rule, RuleContext } from './rule.js';
import { RULES } from './rules/index.js';

export interface LintOptions {
  now: Date;
  rules?: readonly Rule[];
}

export interface FileResult {
  file: string;
  diagnostics: Diagnostic[];
}

export function lintPlaybook(target: string, options: LintOptions): FileResult {
  const loaded = loadPlaybook(target);
  const diagnostics = [...loaded.diagnostics];
  if (loaded.playbook) {
    const context: RuleContext = { playbook: loaded.playbook, now: options.now };
    const rules = options.rules ?? RULES;
    const usable = new Set(rules.filter((rule) => rule.leavesPlaybookUsable).map((rule) => rule.id));
    for (const rule of rules) {
      if (rule.needsValidPlaybook && diagnostics.some((d) => d.severity === 'error' && !usable.has(d.rule))) continue;
      try {
        diagnostics.push(...rule.check(context));
      } catch (error) {
        // A crashing rule is our bug; report it against the file and keep checking the others.
        diagnostics.push({ rule: 'internal-error', severity: 'error', file: loaded.playbook.file, line: 1, column: 1, message: `rule ${rule.id} crashed: ${(error as Error).message}; please report this` });
      }
    }
  }
  // A team cannot edit the built-in playbooks and templates: what is still reported in one of them
  // (the rules blame what they can on the team's change) goes to the team file's `extends`.
  const reported = relocateToExtends(loaded.playbook?.file ?? playbookFile(target), loaded.playbook, diagnostics);
  const file = loaded.playbook?.file ?? reported[0]?.file ?? target;
  return { file, diagnostics: reported.sort(compareDiagnostics) };
}
