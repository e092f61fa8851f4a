import { phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import { isLocaleMap, translatableSites } from '../../playbook/localize.js';
import { describe } from '../../playbook/validate.js';
import { at, type Rule } from '../rule.js';

export const translationMissing: Rule = {
  id: 'translation-missing',
  severity: 'error',
  description: 'Every text a person reads exists in every locale the playbook declares.',
  check(context) {
    const { raw, locales } = context.playbook;
    if (locales.length < 2) return [];
    const out: Diagnostic[] = [];
    for (const site of translatableSites(raw)) {
      // An example's replyContains may be one list for all locales (names, links) or one per locale;
      // a sample answer (a name, a link) is only used to render previews.
      if (site.path[0] === 'examples' || site.path.at(-1) === 'sample') continue;
      const where = describe(site.path);
      if (!isLocaleMap(site.value)) {
        // A URL, an e-mail address or a handle reads the same in every language.
        if (typeof site.value === 'string' && /^(https?:\/\/|mailto:|@|[^\s@]+@[^\s@]+$)/.test(site.value)) continue;
        out.push(at(translationMissing, context, site.path, phrase('translation.oneLanguage', { where, locales: locales.join(', '), example: locales.map((l) => `${l}: …`).join(', ') })));
        continue;
      }
      const missing = locales.filter((l) => !Object.hasOwn(site.value as object, l));
      if (missing.length) out.push(at(translationMissing, context, site.path, phrase('translation.missing', { where, locales: missing.join(', ') })));
      // Text a parent playbook has for languages this one does not use is simply not used.
      const writtenIn = context.playbook.source.origin?.(site.path).source.file ?? context.playbook.file;
      for (const extra of writtenIn !== context.playbook.file ? [] : Object.keys(site.value).filter((l) => !locales.includes(l))) {
        out.push(at(translationMissing, context, [...site.path, extra], phrase('translation.extra', { where, locale: extra, locales: locales.join(', ') }), 'key'));
      }
    }
    return out;
  },
};
