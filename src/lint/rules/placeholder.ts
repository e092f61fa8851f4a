import type { Diagnostic } from '../../diagnostics.js';
import { phrase } from '../../i18n/phrase.js';
import { builtinName } from '../../playbook/builtin.js';
import { isPlaceholder } from '../../playbook/placeholder.js';
import { describeAt } from '../../playbook/validate.js';
import type { Path } from '../../playbook/yaml-source.js';
import { at, type Rule } from '../rule.js';

export const placeholder: Rule = {
  id: 'placeholder',
  severity: 'error',
  leavesPlaybookUsable: true,
  description: 'No "TODO:" placeholder is left: every fact replies and steps use (addresses, links, contacts) is filled in.',
  check(context) {
    const { playbook } = context;
    // A built-in playbook linted on its own is a template: its placeholders are for those who extend it.
    if (builtinName(playbook.file)) return [];
    const out: Diagnostic[] = [];
    const visit = (value: unknown, path: Path) => {
      const found = isPlaceholder(value) ? value : localeMapPlaceholder(value, playbook.locales);
      if (found !== undefined) {
        const where = describeAt(playbook.source, path);
        const file = playbook.source.origin?.(path).source.file ?? playbook.file;
        const builtin = builtinName(file);
        // The team cannot edit a built-in playbook: an unfilled one is reported where it is extended.
        out.push(builtin
          ? at(placeholder, context, ['extends'], phrase('placeholder.inherited', { where, text: found, parent: builtin }), 'key')
          : at(placeholder, context, path, phrase('placeholder.here', { where, text: found })));
        return;
      }
      if (value === null || typeof value !== 'object') return;
      if (Array.isArray(value)) value.forEach((item, i) => visit(item, [...path, i]));
      else for (const [key, item] of Object.entries(value)) visit(item, [...path, key]);
    };
    visit(playbook.raw, []);
    return out;
  },
};

/** Text given per locale that is a placeholder in any of them: one finding for the whole text. */
function localeMapPlaceholder(value: unknown, locales: string[]): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const entries = Object.entries(value);
  const perLocale = entries.length > 0 && entries.every(([key, text]) => locales.includes(key) && typeof text === 'string');
  return perLocale ? entries.map(([, text]) => text).find(isPlaceholder) : undefined;
}
