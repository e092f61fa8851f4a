import { messageIn } from '../../i18n/phrase.js';
import { countBySeverity } from '../../diagnostics.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

/** One JSON array, an entry per playbook, for scripts. */
export const json: Formatter = (results, context) => {
  const out = results.map((result) => {
    const { errors, warnings } = countBySeverity(result.diagnostics);
    return {
      file: displayPath(result.file, context.cwd),
      errorCount: errors,
      warningCount: warnings,
      diagnostics: result.diagnostics.map((d) => ({
        rule: d.rule, severity: d.severity, file: displayPath(d.file, context.cwd), line: d.line, column: d.column, message: messageIn(d, context.locale),
      })),
    };
  });
  return JSON.stringify(out, null, 2) + '\n';
};
