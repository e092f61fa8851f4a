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
    // One path, grown and shrunk on the walk, copied only for a finding: the walk visits every value.
    const path: (string | number)[] = [];
    const visit = (value: unknown) => {
      const found = isPlaceholder(value) ? value : localeMapPlaceholder(value, playbook.locales);
      if (found !== undefined) {
        const here: Path = [...path];
        const where = describeAt(playbook.source, here);
        const file = playbook.source.origin?.(here).source.file ?? playbook.file;
        const builtin = builtinName(file);
        // The team cannot edit a built-in playbook: an unfilled one is reported where it is extended.
        out.push(builtin
          ? at(placeholder, context, ['extends'], phrase('placeholder.inherited', { where, text: found, parent: builtin }), 'key')
          : at(placeholder, context, here, phrase('placeholder.here', { where, text: found })));
        return;
      }
      if (value === null || typeof value !== 'object') return;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) { path.push(i); visit(value[i]); path.pop(); }
      } else {
        for (const key of Object.keys(value)) { path.push(key); visit((value as Record<string, unknown>)[key]); path.pop(); }
      }
    };
    visit(playbook.raw);
    return out;
  },
};

/** Text given per locale that is a placeholder in any of them: one finding for the whole text. */
function localeMapPlaceholder(value: unknown, locales: string[]): string | undefined {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return undefined;
  const record = value as Record<string, unknown>;
  let found: string | undefined;
  let any = false;
  for (const key in record) {
    if (!Object.hasOwn(record, key)) continue;
    const text = record[key];
    if (!locales.includes(key) || typeof text !== 'string') return undefined;
    any = true;
    if (found === undefined && isPlaceholder(text)) found = text;
  }
  return any ? found : undefined;
}
