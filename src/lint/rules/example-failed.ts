import { phrase, said, type Phrase } from '../../i18n/phrase.js';
import type { Example } from '../../playbook/types.js';
import { inLocale, type LoadedPlaybook } from '../../playbook/load.js';
import { locate } from '../../playbook/yaml-source.js';
import { completeAnswers, withDefaults } from '../../triage/answers.js';
import { matchSituation } from '../../triage/flow.js';
import { triage, type Plan } from '../../triage/plan.js';
import { blameChange, inheritedFrom, type Failure, type Place } from '../example-blame.js';
import type { Rule } from '../rule.js';

/** The agent name examples sign with unless they give one. */
export const EXAMPLE_AGENT = 'Sam';

export const exampleFailed: Rule = {
  id: 'example-failed',
  severity: 'error',
  description: "Every example, run through the triage engine, gives its expected situation, steps and reply.",
  needsValidPlaybook: true,
  check(context) {
    const { playbook } = context;
    // Every example runs in every locale the playbook is written in; a finding that is the same in
    // every locale is said once, else it names the locales it holds in.
    const found = new Map<string, Report & { locales: string[] }>();
    for (const locale of playbook.locales) {
      const view = inLocale(playbook, locale);
      // Examples alike (the same answers, agent and expectations: the starter's 6,400 are 476 such) run
      // once, unless the run read the comment: then each comment runs on its own.
      const outcomes = new Map<string, Failure[]>();
      view.data.examples?.forEach((example, index) => {
        const alike = JSON.stringify([example.answers, example.agent ?? null, example.expect]);
        let failures = outcomes.get(alike) ?? outcomes.get(`${alike}\0${example.comment}`);
        if (!failures) {
          let commentRead = false;
          failures = runExample(view, example, context.now, () => { commentRead = true; });
          outcomes.set(commentRead ? `${alike}\0${example.comment}` : alike, failures);
        }
        for (const failure of failures) {
          for (const report of reportsFor(view, example, index, failure)) {
            const key = `${report.at.file}:${report.at.line}:${report.at.column}:${JSON.stringify(report.message(''))}`;
            const seen = found.get(key);
            if (seen) seen.locales.push(locale);
            else found.set(key, { ...report, locales: [locale] });
          }
        }
      });
    }
    const tagOf = (locales: string[]) => (locales.length === playbook.locales.length ? '' : ` (${locales.join(', ')})`);
    const finding = (place: Place, words: Phrase) => ({ rule: exampleFailed.id, severity: exampleFailed.severity, ...place, ...said(words) });
    // One change that breaks many inherited examples alike (a question they do not answer, a situation
    // that now matches first) is said once, with how many, not once per example.
    const groups = new Map<string, (Report & { locales: string[] })[]>();
    const out: ReturnType<typeof finding>[] = [];
    for (const report of found.values()) {
      if (!report.inherited) { out.push(finding(report.at, report.message(tagOf(report.locales)))); continue; }
      const key = `${report.at.file}:${report.at.line}:${report.at.column}:${report.inherited.parent}:${JSON.stringify(report.inherited.problem)}:${report.locales.join()}`;
      const group = groups.get(key);
      if (group) group.push(report);
      else groups.set(key, [report]);
    }
    for (const group of groups.values()) {
      const [first] = group;
      if (group.length < MANY) { for (const r of group) out.push(finding(r.at, r.message(tagOf(r.locales)))); continue; }
      const { parent, problem, id } = first.inherited!;
      // A question they do not answer: a choice can take a default, free text must be answered.
      const question = problem.key === 'example.notAnsweredHere' ? playbook.data.questions.find((q) => q.id === problem.data?.question) : undefined;
      const many = question ? phrase(question.type === 'input' ? 'example.notAnsweredHereManyInput' : 'example.notAnsweredHereMany', problem.data)
        : problem.key === 'example.notAnswered' ? phrase('example.notAnsweredMany', problem.data) : problem;
      out.push(finding(first.at, phrase('example.inheritedMany', { count: group.length, parent, id, locale: tagOf(first.locales), problem: many })));
    }
    return out;
  },
};

/** From this many inherited examples broken alike, one finding says how many. */
const MANY = 4;

interface Report {
  at: Place;
  message: (locale: string) => Phrase;
  /** For an inherited example: its id, the playbook it comes from and the problem, to group by. */
  inherited?: { id: string; parent: string; problem: Phrase };
}

/**
 * Where a failure is reported. The playbook's own examples: at the expectation that failed. An
 * example it inherits: at the change it made that broke it (the built-in one cannot be edited),
 * else at its `extends`.
 */
function reportsFor(playbook: LoadedPlaybook, example: Example, index: number, failure: Failure): Report[] {
  const parent = inheritedFrom(playbook, index);
  if (parent === undefined) {
    const path = failure.field === 'answers' ? ['examples', index, 'answers'] : failure.field ? ['examples', index, 'expect', failure.field] : ['examples', index, 'id'];
    // An overridden example's inherited expectation: the example as this playbook writes it.
    let place = locate(playbook.source, path);
    if (place.file !== playbook.file) place = locate(playbook.source, ['examples', index, 'id']);
    const message = failure.missing
      ? (locale: string) => phrase('example.missingAnswers', { id: example.id, locale, list: failure.missing!.map((m) => `${m.id} (${m.valid})`).join(', ') })
      : (locale: string) => phrase('example.failed', { id: example.id, locale, problem: failure.problem });
    return [{ at: place, message }];
  }
  const inherited = (problem: Phrase) => (locale: string) => phrase('example.inherited', { id: example.id, parent, locale, problem });
  // Once another situation matches, its steps and reply differ too: the situation says it all.
  if (failure.field !== 'situation' && failure.situation !== undefined && example.expect.situation !== undefined && failure.situation !== example.expect.situation) return [];
  const blamed = blameChange(playbook, failure, example.expect.situation);
  const reports: Report[] = blamed.map((b) => ({ at: b.at, message: inherited(b.problem), inherited: { id: example.id, parent, problem: b.problem } }));
  const unexplained = failure.missing?.filter((m) => !blamed.some((b) => b.problem.data?.question === m.id)) ?? [];
  if (blamed.length === 0 || unexplained.length > 0) {
    const problem = unexplained.length > 0 ? phrase('example.notAnswered', { list: quotedList(unexplained.map((m) => m.id)) }) : failure.problem;
    reports.push({ at: locate(playbook.source, ['extends'], 'key'), message: inherited(problem), inherited: { id: example.id, parent, problem } });
  }
  return reports;
}

/** Runs one example through the triage engine; what did not go as expected. */
function runExample(playbook: LoadedPlaybook, example: Example, now: Date, commentRead: () => void): Failure[] {
  // A question with a default need not be answered: the example takes it, as an agent would.
  const answers = withDefaults(playbook.data, example.answers);
  const request = { playbook, answers, comment: example.comment, agent: example.agent ?? EXAMPLE_AGENT, now, commentRead };
  const first = triage({ ...request, variant: 1 });
  if (!first.ok) {
    switch (first.kind) {
      case 'missing':
        return [{ field: 'answers', problem: phrase('example.notAnswered', { list: quotedList(first.missing.map((m) => m.id)) }), missing: first.missing.map((m) => ({ id: m.id, valid: m.valid })) }];
      case 'no-situation':
        return [{ problem: phrase('example.noSituation') }];
      case 'template': {
        const situation = matchSituation(playbook.data, completeAnswers(playbook.data, answers))?.id;
        return [{ problem: phrase('example.templateFailed', { template: first.error.template, error: first.error.message }), situation, template: { id: first.error.template } }];
      }
      default:
        return [];
    }
  }
  const plan = first.plan;
  const situation = plan.situation.id;
  const { expect } = example;
  const out: Failure[] = [];
  if (expect.situation !== undefined && situation !== expect.situation) {
    out.push({ field: 'situation', problem: phrase('example.situation', { got: situation, expected: expect.situation }), situation });
  }
  const actions = plan.steps.map((s) => s.action);
  if (expect.steps !== undefined && actions.join() !== expect.steps.join()) {
    out.push({ field: 'steps', problem: phrase('example.steps', { got: actions.join(', '), expected: expect.steps.join(', ') }), situation });
  }
  if (expect.reply !== undefined && (plan.reply !== null) !== expect.reply) {
    out.push({ field: 'reply', situation, problem: expect.reply
      ? phrase('example.expectedReply', { situation, reason: plan.noReplyReason ?? '' })
      : phrase('example.expectedNoReply', { template: plan.reply?.template ?? '' }) });
  }
  if (expect.replyContains && !plan.reply) {
    out.push({ field: 'replyContains', situation, problem: phrase('example.noReplyToSearch', { texts: quotedList(expect.replyContains) }) });
  } else if (expect.replyContains && plan.reply) {
    // Every variant must hold up, not only the one that happened to be picked.
    for (let variant = 1; variant <= plan.reply.variants; variant++) {
      const result = variant === 1 ? first : triage({ ...request, variant });
      const template = { id: plan.reply.template, variant };
      if (!result.ok) {
        if (result.kind === 'template') out.push({ field: 'replyContains', situation, template, problem: phrase('example.variantFailed', { variant, template: result.error.template, error: result.error.message }) });
        continue;
      }
      const text = (result.plan as Plan).reply?.text ?? '';
      const absent = expect.replyContains.filter((s) => !text.includes(s));
      if (absent.length) out.push({ field: 'replyContains', situation, template, absent, problem: phrase('example.variantLacks', { variant, template: plan.reply.template, texts: quotedList(absent) }) });
    }
  }
  return out;
}

const quotedList = (texts: string[]) => texts.map((s) => `"${s}"`).join(', ');
