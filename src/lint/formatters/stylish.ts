import { counted, messageIn, phrase, renderPhrase, type Phrase } from '../../i18n/phrase.js';
import { countBySeverity } from '../../diagnostics.js';
import { printableLine } from '../../printable.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

/** Human output grouped by file, like ESLint's stylish. */
export const stylish: Formatter = (results, context) => {
  const chalk = context.paint;
  const all = results.flatMap((r) => r.diagnostics);
  const lines: string[] = [];
  // Group by the file each problem is in: a template's problems show under the template file.
  const byFile = new Map<string, typeof all>();
  for (const d of all) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  for (const [file, diagnostics] of byFile) {
    lines.push(chalk.underline(displayPath(file, context.cwd)));
    const rows = diagnostics.map((d) => [`${d.line}:${d.column}`, d.severity, printableLine(messageIn(d, context.locale)), d.rule]);
    const width = Math.max(...rows.map((r) => r[0].length));
    for (const [position, severity, message, rule] of rows) {
      const label = severity === 'error' ? chalk.red('error  ') : chalk.yellow('warning');
      lines.push(`  ${chalk.dim(position.padEnd(width))}  ${label}  ${message}  ${chalk.dim(rule)}`);
    }
    lines.push('');
  }
  const { errors, warnings } = countBySeverity(all);
  const say = (p: Phrase) => renderPhrase(p, context.locale);
  if (all.length === 0) {
    lines.push(chalk.green(say(counted('summary.clean', results.length))));
  } else {
    const summary = say(phrase('summary.problems', {
      problems: counted('count.problem', all.length),
      errors: counted('count.error', errors),
      warnings: counted('count.warning', warnings),
      playbooks: counted('count.playbook', results.length),
    }));
    lines.push(errors > 0 ? chalk.red.bold(summary) : chalk.yellow.bold(summary));
  }
  return lines.join('\n') + '\n';
};
