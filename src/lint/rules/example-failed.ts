import { phrase, type Phrase } from '../../i18n/phrase.js';
import type { Diagnostic } from '../../diagnostics.js';
import type { Example } from '../../playbook/types.js';
import { inLocale } from '../../playbook/load.js';
import { triage, type Plan } from '../../triage/plan.js';
import { at, type Rule, type RuleContext } from '../rule.js';

/** The agent name examples sign with unless they give one. */
export const EXAMPLE_AGENT = 'Sam';

export const exampleFailed: Rule = {
  id: 'example-failed',
  severity: 'error',
  description: "Every example, run through the triage engine, gives its expected situation, steps and reply.",
  needsValidPlaybook: true,
  check(context) {
    const out: Diagnostic[] = [];
    // Every example runs in every locale the playbook is written in.
    for (const locale of context.playbook.locales) {
      const view = { ...context, playbook: inLocale(context.playbook, locale) };
      view.playbook.data.examples?.forEach((example, i) => out.push(...checkExample(view, example, i)));
    }
    return out;
  },
};

function checkExample(context: RuleContext, example: Example, index: number): Diagnostic[] {
  const locale = context.playbook.locales.length > 1 ? ` (${context.playbook.data.locale})` : '';
  const fail = (field: string | undefined, problem: Phrase) =>
    at(exampleFailed, context, field ? ['examples', index, 'expect', field] : ['examples', index, 'id'], phrase('example.failed', { id: example.id, locale, problem }));
  const request = { playbook: context.playbook, answers: example.answers, comment: example.comment, agent: example.agent ?? EXAMPLE_AGENT, now: context.now };
  const first = triage({ ...request, variant: 1 });
  if (!first.ok) {
    switch (first.kind) {
      case 'missing':
        return [at(exampleFailed, context, ['examples', index, 'answers'], phrase('example.missingAnswers', { id: example.id, locale, list: first.missing.map((m) => `${m.id} (${m.valid})`).join(', ') }))];
      case 'no-situation':
        return [fail(undefined, phrase('example.noSituation'))];
      case 'template':
        return [fail(undefined, phrase('example.templateFailed', { template: first.error.template, error: first.error.message }))];
      default:
        return [];
    }
  }
  const plan = first.plan;
  const { expect } = example;
  const out: Diagnostic[] = [];
  if (expect.situation !== undefined && plan.situation.id !== expect.situation) {
    out.push(fail('situation', phrase('example.situation', { got: plan.situation.id, expected: expect.situation })));
  }
  const actions = plan.steps.map((s) => s.action);
  if (expect.steps !== undefined && actions.join() !== expect.steps.join()) {
    out.push(fail('steps', phrase('example.steps', { got: actions.join(', '), expected: expect.steps.join(', ') })));
  }
  if (expect.reply !== undefined && (plan.reply !== null) !== expect.reply) {
    out.push(fail('reply', expect.reply
      ? phrase('example.expectedReply', { situation: plan.situation.id, reason: plan.noReplyReason ?? '' })
      : phrase('example.expectedNoReply', { template: plan.reply?.template ?? '' })));
  }
  if (expect.replyContains && !plan.reply) {
    out.push(fail('replyContains', phrase('example.noReplyToSearch', { texts: quotedList(expect.replyContains) })));
  } else if (expect.replyContains && plan.reply) {
    // Every variant must hold up, not only the one that happened to be picked.
    for (let variant = 1; variant <= plan.reply.variants; variant++) {
      const result = variant === 1 ? first : triage({ ...request, variant });
      if (!result.ok) {
        if (result.kind === 'template') out.push(fail('replyContains', phrase('example.variantFailed', { variant, template: result.error.template, error: result.error.message })));
        continue;
      }
      const text = (result.plan as Plan).reply?.text ?? '';
      const absent = expect.replyContains.filter((s) => !text.includes(s));
      if (absent.length) out.push(fail('replyContains', phrase('example.variantLacks', { variant, template: plan.reply.template, texts: quotedList(absent) })));
    }
  }
  return out;
}

const quotedList = (texts: string[]) => texts.map((s) => `"${s}"`).join(', ');
