import { phrase } from '../../i18n/phrase.js';
import { dirname, relative } from 'node:path';
import type { Diagnostic } from '../../diagnostics.js';
import { templateKey } from '../../playbook/load.js';
import { didYouMeanPart } from '../../playbook/suggest.js';
import { because, localeAdded } from '../builtin-blame.js';
import { at, type Rule } from '../rule.js';
import { templateRefs } from '../../playbook/situation-templates.js';
import type { Path } from '../../playbook/yaml-source.js';

export const refTemplate: Rule = {
  id: 'ref-template',
  severity: 'error',
  description: 'Every reply and holding-reply template a situation uses exists in every locale of the playbook.',
  check(context) {
    const { data, templates, templatesDir, file, locales } = context.playbook;
    const out: Diagnostic[] = [];
    const reported = new Set<string>(); // the playbook's holding reply is named once, not per situation
    const check = (id: string, path: Path) => {
      for (const locale of locales) {
        if (templates.has(templateKey(locale, id)) || reported.has(templateKey(locale, id))) continue;
        reported.add(templateKey(locale, id));
        const expected = relative(dirname(file), `${templatesDir}/${locale}/${id}.hbs`);
        // A built-in situation has no template in a locale the team added: said at that locale.
        const known = [...templates.keys()].filter((key) => key.startsWith(`${locale}/`)).map((key) => key.slice(locale.length + 1));
        out.push(at(refTemplate, context, path, phrase('ref.noTemplate', { id, locale, file: expected, hint: didYouMeanPart(id, known) }), 'value', (message) => because(message, localeAdded(context.playbook, locale))));
      }
    };
    data.situations.forEach((s, i) => {
      for (const ref of templateRefs(s, i, data)) check(ref.id, ref.path);
      // `holdingReply: true` with no playbook holding reply to use.
      if (s.holdingReply === true && s.template !== undefined && s.anyHour !== true && data.policies?.hours?.holdingReply === undefined) {
        out.push(at(refTemplate, context, ['situations', i, 'holdingReply'], phrase('ref.noHoldingReply'), 'value'));
      }
    });
    return out;
  },
};
