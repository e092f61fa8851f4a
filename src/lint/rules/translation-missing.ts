import { phrase, type Phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import { isLocaleMap, servesEveryLocale, translatableSites } from '../../playbook/localize.js';
import { describeAt } from '../../playbook/validate.js';
import type { Path } from '../../playbook/yaml-source.js';
import { because, inBuiltin, localeAdded } from '../builtin-blame.js';
import { at, type Rule } from '../rule.js';
import { isPlaceholder } from '../../playbook/placeholder.js';

export const translationMissing: Rule = {
  id: 'translation-missing',
  severity: 'error',
  description: 'Every text a person reads exists in every locale the playbook declares.',
  check(context) {
    const { raw, locales } = context.playbook;
    if (locales.length < 2) return [];
    const out: Diagnostic[] = [];
    // A built-in text that lacks a locale the team added: one finding per such locale, at that locale
    // (the message around it names the place in the built-in file); any other missing locale as usual.
    const report = (path: Path, missing: string[], message: (locales: string[]) => Phrase, oneLanguage = false) => {
      const added = inBuiltin(context.playbook, path) ? missing.filter((l) => localeAdded(context.playbook, l)) : [];
      for (const locale of added) out.push(at(translationMissing, context, path, message([locale]), 'value', () => because(phrase('translation.inherited', { locale }), localeAdded(context.playbook, locale))));
      // Text in one language served the built-in playbook's locales; only the added ones lack it.
      const rest = oneLanguage && added.length ? [] : missing.filter((l) => !added.includes(l));
      if (rest.length) out.push(at(translationMissing, context, path, message(rest)));
    };
    for (const site of translatableSites(raw)) {
      // An example's replyContains may be one list for all locales (names, links) or one per locale;
      // a sample answer (a name, a link) is only used to render previews.
      if (site.path[0] === 'examples' || site.path.at(-1) === 'sample') continue;
      if (isPlaceholder(site.value)) continue; // the placeholder rule asks for the real text
      // Named as written in its own file: the team's questions[0], not the merged questions[13].
      const where = describeAt(context.playbook.source, site.path);
      // An address, a link, a handle or a channel reads the same in every language.
      const oneForAll = servesEveryLocale(site.path, site.value);
      if (!isLocaleMap(site.value)) {
        if (oneForAll) continue;
        report(site.path, locales, () => phrase('translation.oneLanguage', { where, locales: locales.join(', '), example: locales.map((l) => `${l}: …`).join(', ') }), true);
        continue;
      }
      const missing = oneForAll ? [] : locales.filter((l) => !Object.hasOwn(site.value as object, l));
      if (missing.length) report(site.path, missing, (some) => phrase('translation.missing', { where, locales: some.join(', ') }));
      // Text a parent playbook has for languages this one does not use is simply not used.
      const writtenIn = context.playbook.source.origin?.(site.path).source.file ?? context.playbook.file;
      for (const extra of writtenIn !== context.playbook.file ? [] : Object.keys(site.value).filter((l) => !locales.includes(l))) {
        out.push(at(translationMissing, context, [...site.path, extra], phrase('translation.extra', { where, locale: extra, locales: locales.join(', ') }), 'key'));
      }
    }
    return out;
  },
};
