import { messageIn } from '../../i18n/phrase.js';
import { displayPath } from './paths.js';
import type { Formatter } from './types.js';

// Workflow commands: https://docs.github.com/actions/reference/workflow-commands-for-github-actions
const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** One annotation line per problem, shown on the pull request's diff. */
export const github: Formatter = (results, context) => {
  const lines: string[] = [];
  for (const result of results) {
    for (const d of result.diagnostics) {
      const level = d.severity === 'error' ? 'error' : 'warning';
      const props = `file=${escapeProperty(displayPath(d.file, context.cwd))},line=${d.line},col=${d.column},title=${escapeProperty(`replyguide ${d.rule}`)}`;
      lines.push(`::${level} ${props}::${escapeData(messageIn(d, context.locale))}`);
    }
  }
  return lines.length ? lines.join('\n') + '\n' : '';
};
