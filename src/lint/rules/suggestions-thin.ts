import type { Diagnostic } from '../../diagnostics.js';
import { phrase } from '../../i18n/phrase.js';
import { detectLocale } from '../../tone/detect-locale.js';
import { at, type Rule } from '../rule.js';
import { removedChoices } from '../../playbook/removed-choices.js';

/**
 * An example's language, remembered for the run: the playbooks of a team, or of an agency's clients,
 * extend one whose thousands of examples (the starter's 6,400) each would be read again for every one.
 */
function localeOf(comment: string, locales: string[]): string {
  const key = locales.join(',');
  let known = detected.get(key);
  if (!known) detected.set(key, (known = new Map()));
  let locale = known.get(comment);
  if (locale === undefined) {
    if (known.size >= 50_000) known.clear();
    known.set(comment, (locale = detectLocale(comment, locales, locales[0])));
  }
  return locale;
}

const detected = new Map<string, Map<string, string>>();

/** Examples a choice needs in a language before suggestions can learn it there. */
export const MIN_EXAMPLES = 3;

export const suggestionsThin: Rule = {
  id: 'suggestions-thin',
  severity: 'warning',
  description: `Each choice of a question the examples answer has at least ${MIN_EXAMPLES} example comments in each locale, so suggestions can learn it.`,
  check(context) {
    const { data, locales } = context.playbook;
    const removed = removedChoices(context.playbook); // a choice only a removed situation named is not offered
    const examples = (data.examples ?? []).map((e) => ({ answers: e.answers, locale: localeOf(e.comment, locales) }));
    const out: Diagnostic[] = [];
    data.questions.forEach((question, q) => {
      // A playbook with only a few examples for a question is not learning from them (yet).
      if (question.type !== 'select' || examples.filter((e) => e.answers[question.id] !== undefined).length < MIN_EXAMPLES) return;
      question.choices?.forEach((choice, c) => {
        if (removed.get(question.id)?.has(choice.value)) return;
        const thin = locales
          .map((locale) => ({ locale, count: examples.filter((e) => e.locale === locale && e.answers[question.id] === choice.value).length }))
          .filter((x) => x.count < MIN_EXAMPLES);
        if (thin.length === 0) return;
        const counts = thin.map((x) => `${x.locale}: ${x.count}`).join(', ');
        out.push(at(suggestionsThin, context, ['questions', q, 'choices', c, 'value'], phrase('suggestions.thin', { id: question.id, value: choice.value, counts, min: MIN_EXAMPLES })));
      });
    });
    return out;
  },
};
