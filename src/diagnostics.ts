// A problem in a user's file is data, never an exception: every layer returns these.
import type { Phrase } from './i18n/phrase.js';
export type Severity = 'error' | 'warning';

export interface Diagnostic {
  rule: string;
  severity: Severity;
  /** Absolute path; formatters make it relative to the working directory. */
  file: string;
  /** 1-based. */
  line: number;
  /** 1-based. */
  column: number;
  /** In English; `phrase` says it in the other languages (see i18n/phrase.ts). */
  message: string;
  phrase?: Phrase;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  if (a.file !== b.file) return a.file < b.file ? -1 : 1;
  return a.line - b.line || a.column - b.column || a.rule.localeCompare(b.rule);
}

export function countBySeverity(diagnostics: readonly Diagnostic[]): { errors: number; warnings: number } {
  let errors = 0;
  for (const d of diagnostics) if (d.severity === 'error') errors++;
  return { errors, warnings: diagnostics.length - errors };
}
