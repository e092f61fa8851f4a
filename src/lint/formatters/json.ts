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
      diagnostics: result.diagnostics.map(({ rule, severity, line, column, message, file }) => ({
        rule, severity, file: displayPath(file, context.cwd), line, column, message,
      })),
    };
  });
  return JSON.stringify(out, null, 2) + '\n';
};
