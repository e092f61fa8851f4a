import { phrase, said, type Phrase } from '../../i18n/phrase.js';
import { toneTexts, type ToneRuleId } from '../../tone/messages.js';
import type { ToneFinding } from '../../tone/types.js';
import type { Diagnostic } from '../../diagnostics.js';
import { inLocale, templateKey, type LoadedPlaybook } from '../../playbook/load.js';
import { renderVariant, replyContext, usableVariants } from '../../render/render.js';
import { positionInFile } from '../../render/variants.js';
import { position } from '../../text-position.js';
import { checkTone } from '../../tone/check.js';
import { LEXICONS } from '../../tone/lexicons/index.js';
import { toneSettings } from '../../tone/settings.js';
import type { Rule } from '../rule.js';
import { usesPlaceholder } from '../../playbook/placeholder.js';
import { sampleAnswerSets } from '../sample-answers.js';
import { EXAMPLE_AGENT } from './example-failed.js';
import type { Path } from '../../playbook/yaml-source.js';
import { isBuiltinTemplate } from '../../playbook/builtin.js';
import { changedField, factIn, inTemplateAtChange, type Change } from '../builtin-blame.js';
import { own } from '../../own.js';
import { situationTemplates } from '../../playbook/situation-templates.js';

/** Lint ids of the tone checks: `tone-<check>` (e.g. tone-no-caps). */
export const toneRuleId = (check: string) => `tone-${check}`;

export const tone: Rule = {
  id: 'tone',
  severity: 'warning',
  description: 'Every template variant, rendered with several sets of sample answers (typical, no optional answers, the most unusual), passes the BIFF tone checks (see `replyguide check`).',
  needsValidPlaybook: true,
  check(context) {
    const out: Diagnostic[] = [];
    const seen = new Set<string>(); // a template used by several situations is reported once
    for (const locale of context.playbook.locales) out.push(...checkLocale(inLocale(context.playbook, locale), seen));
    return out;
  },
};

function checkLocale(playbook: LoadedPlaybook, seen: Set<string>): Diagnostic[] {
  const { data, templates } = playbook;
  const lexicon = own(LEXICONS, data.locale.split('-')[0]);
  if (!lexicon) return [];
  const samples = sampleAnswerSets(data);
  const out: Diagnostic[] = [];
  // Each situation's reply, and outside hours its holding reply.
  const uses = data.situations.flatMap((situation, index) => situationTemplates(situation, data).map((id) => [index, situation, id] as const));
  for (const [situationIndex, situation, id] of uses) {
    const template = templates.get(templateKey(data.locale, id));
    if (!template) continue;
    const settings = toneSettings(data, situation);
    // Sample answers the template does not use render the same text: checked once (same text, same findings).
    const checked = new Set<string>();
    for (const answers of samples.get(situation.id) ?? []) {
      const name = typeof answers.name === 'string' ? answers.name : undefined;
      for (const variant of usableVariants(template)) {
        const rendered = renderVariant(template, variant, replyContext(data, answers, '', EXAMPLE_AGENT));
        if ('error' in rendered) continue; // template rules report it
        if (usesPlaceholder(rendered.text)) continue; // judged once the placeholder rule's findings are fixed
        const index = template.variants.indexOf(variant);
        const once = `${index}\0${name === undefined ? '' : `=${name}`}\0${rendered.text}`;
        if (checked.has(once)) continue;
        checked.add(once);
        for (const finding of checkTone({ text: rendered.text, lexicon, limits: settings.limits, situation: settings.situation, name, allowCaps: settings.allowCaps }, settings.rules)) {
          // Point at the words in the template when they are written there literally.
          const offset = variant.text.indexOf(finding.words);
          const at = offset === -1 ? undefined : position(variant.text, offset);
          const { line, column } = at === undefined ? { line: variant.line, column: variant.column } : positionInFile(template, variant, at.line, at.column);
          const key = `${template.file}:${line}:${column}:${finding.rule}`;
          if (seen.has(key)) continue;
          seen.add(key);
          const message = toneFinding(template.id, index + 1, situation.id, finding);
          // A built-in template, fine in the built-in playbook, that fails with the team's settings or facts: said there.
          const change = isBuiltinTemplate(template.file) ? toneChange(playbook, situationIndex, finding) : undefined;
          const blamed = change && { at: change.at, problem: toneFinding(template.id, index + 1, situation.id, finding, change.change) };
          out.push({
            rule: toneRuleId(finding.rule), severity: finding.severity,
            ...(blamed ? inTemplateAtChange({ file: template.file, line, column }, blamed) : { file: template.file, line, column, ...said(message) }),
          });
        }
      }
    }
  }
  return out;
}

/**
 * The team's change that makes a built-in reply fail a check: the tone setting the check reads (the
 * voice, a limit, the situation's apology rule or steps), the check's severity, or a fact the team
 * wrote that shows in the flagged words.
 */
function toneChange(playbook: LoadedPlaybook, situation: number, finding: ToneFinding): Change | undefined {
  const own: Path = ['situations', situation, 'tone'];
  const settings: Record<string, Path[]> = {
    'voice-formal': [['tone', 'voice']],
    'voice-informal': [['tone', 'voice']],
    'brief-words': [[...own, 'maxWords'], ['tone', 'maxWords']],
    'brief-sentences': [[...own, 'maxSentences'], ['tone', 'maxSentences']],
    'apology-misplaced': [[...own, 'apology']],
    'firm-next-step': [[...own, 'nextStep']],
    'informative-source': [['situations', situation, 'steps']],
    'no-caps': [['tone', 'allowCaps']],
  };
  for (const path of [...(settings[finding.rule] ?? []), ['tone', 'rules', finding.rule]]) {
    const change = changedField(playbook, path);
    if (change) return change;
  }
  return factIn(playbook, finding.words);
}

function toneFinding(id: string, n: number, situation: string, finding: ToneFinding, change?: Phrase) {
  const texts = toneTexts(finding.rule as ToneRuleId, finding.vars);
  const values = { id, n, situation, finding: texts.message, words: finding.words.split('\n')[0], suggestion: texts.suggestion };
  return change ? phrase('tone.findingBecause', { ...values, change }) : phrase('tone.finding', values);
}
