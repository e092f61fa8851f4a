import type { Paint } from '../../paint.js';
import { translator } from '../../i18n/index.js';
import { printableLine } from '../../printable.js';
import type { ToneFinding } from '../types.js';

/** Findings for a person: position, severity, message with the words, rule, and the suggestion. */
export function findingsText(findings: readonly ToneFinding[], options: { paint: Paint; locale: string; uiLocale?: string }): string {
  const chalk = options.paint;
  const t = translator(options.uiLocale);
  if (findings.length === 0) return chalk.green(`✔ ${t('check.clean', { locale: options.locale })}`) + '\n';
  const width = Math.max(...findings.map((f) => `${f.line}:${f.column}`.length));
  const lines: string[] = [];
  for (const f of findings) {
    const where = `${f.line}:${f.column}`.padEnd(width);
    const label = f.severity === 'error' ? chalk.red('error  ') : chalk.yellow('warning');
    lines.push(`${chalk.dim(where)}  ${label}  ${printableLine(f.message)}  ${chalk.dim(f.rule)}`);
    lines.push(`${' '.repeat(width)}  ${chalk.dim('→')} ${f.suggestion}`);
  }
  const errors = findings.filter((f) => f.severity === 'error').length;
  const warnings = findings.length - errors;
  const summary = (options.uiLocale ?? 'en') === 'en'
    ? `✖ ${findings.length} finding${findings.length === 1 ? '' : 's'} (${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}) · ${options.locale}`
    : `✖ ${t('check.summary', { count: findings.length, errors, warnings, locale: options.locale })}`;
  lines.push('', errors ? chalk.red.bold(summary) : chalk.yellow.bold(summary));
  return lines.join('\n') + '\n';
}
