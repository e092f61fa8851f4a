// The staff guide as data, built from the same playbook the tool uses, so the two never disagree.
// The HTML and Markdown renderers only lay this out.
import { sampleAnswers } from '../lint/sample-answers.js';
import { actionText } from '../playbook/action-texts.js';
import { ACTIONS, type Action } from '../playbook/actions.js';
import { templateKey, type LoadedPlaybook } from '../playbook/load.js';
import type { Condition, Playbook, When } from '../playbook/types.js';
import { renderVariant, replyContext, usableVariants } from '../render/render.js';
import { translator, type Translate } from '../i18n/index.js';
import { conditionValues } from '../triage/when.js';
import { removedChoices } from '../playbook/removed-choices.js';
import { durationInWords } from './words.js';
import { guideHours, type GuideHours } from './hours.js';
import { detectLocale } from '../tone/detect-locale.js';
import { LANGUAGES as LOCALES } from '../i18n/languages.js';
import { own } from '../own.js';

export interface GuideSituation {
  number: number;
  id: string;
  title: string;
  description?: string;
  why?: string;
  /** When it applies, in words ("What is this comment mainly?: Praise or thanks"). */
  conditions: string[];
  /** The same, short, for the flow diagram ("Praise or thanks · written by staff? yes"). */
  shortConditions: string[];
  example?: string;
  steps: { action: Action; text: string; condition?: string }[];
  replies: string[];
  noReply?: string;
  route?: { name: string; reach?: string };
  respondWithin?: { name: string; duration: string };
}

/** The triage flow as a decision tree: the first question, a branch per answer, then yes/no steps to a situation. */
export interface GuideFlow {
  question?: string;
  branches: { answer: string; rows: { ask?: string; situation: { id: string; number: number; title: string; noReply: boolean } }[] }[];
}

export interface GuideModel {
  title: string;
  brand: string;
  version?: string;
  reviewed?: string;
  reviewInterval?: string;
  locale: string;
  description?: string;
  houseRules?: { text: string; link?: string };
  responseTimes: { name: string; duration: string; situations: string[] }[];
  /** When the team answers; response times count only these hours. */
  hours?: GuideHours;
  contacts: { name: string; role?: string; reach?: string; handles: string[] }[];
  questions: { prompt: string; help?: string; options: string[] }[];
  situations: GuideSituation[];
  flow: GuideFlow;
  actions: { action: string; description: string }[];
  dos: string[];
  donts: string[];
  /** Situations whose template is not there: the guide says so where the reply would be, the command on stderr. */
  missingTemplates: { situation: string; template: string }[];
}

/** The agent name that signs the sample replies in the guide. */
export const GUIDE_AGENT = 'Sam';

export function buildGuide(loaded: LoadedPlaybook, t: Translate = translator('en')): GuideModel {
  const playbook = loaded.data;
  const samples = sampleAnswers(playbook);
  const missingTemplates: GuideModel['missingTemplates'] = [];
  const situations = playbook.situations.map((s, i): GuideSituation => {
    const template = s.template === undefined ? undefined : loaded.templates.get(templateKey(playbook.locale, s.template));
    const answers = samples.get(s.id);
    if (s.template !== undefined && !template) missingTemplates.push({ situation: s.id, template: s.template });
    const replies = s.template !== undefined && !template ? [t('guide.templateNotFound', { template: s.template })] : template && answers
      ? usableVariants(template).map((v) => {
        const r = renderVariant(template, v, replyContext(playbook, answers, '', GUIDE_AGENT));
        return 'text' in r ? r.text : `(template error: ${r.error.message})`;
      })
      : [];
    const contact = own(playbook.contacts, s.route);
    const duration = own(playbook.policies?.responseTimes, s.respondWithin);
    return {
      number: i + 1,
      id: s.id,
      title: s.title,
      ...(s.description ? { description: s.description } : {}),
      ...(s.why ? { why: s.why } : {}),
      conditions: describeWhen(playbook, s.when, t),
      shortConditions: describeWhen(playbook, s.when, t, 'short'),
      ...exampleFor(playbook, s.id),
      steps: (s.steps ?? []).map((step) => ({
        action: step.action,
        text: step.text ?? actionText(step.action, playbook.locale),
        ...(step.when ? { condition: whenAsSentence(playbook, step.when, t) } : {}),
      })),
      replies,
      ...(s.noReply ? { noReply: s.noReply } : {}),
      ...(contact ? { route: { name: contact.name, ...(contact.reach ? { reach: contact.reach } : {}) } } : {}),
      ...(duration && s.respondWithin ? { respondWithin: { name: s.respondWithin, duration: durationInWords(duration, t) } } : {}),
    };
  });
  const hidden = removedChoices(loaded);
  const used = new Set(playbook.situations.flatMap((s) => (s.steps ?? []).map((step) => step.action)));
  const review = playbook.policies?.review;
  return {
    title: playbook.name,
    brand: playbook.brand.name,
    ...(playbook.version !== undefined ? { version: String(playbook.version) } : {}),
    ...(review ? { reviewed: review.lastReviewed, reviewInterval: durationInWords(review.interval, t) } : {}),
    locale: playbook.locale,
    ...(playbook.description ? { description: playbook.description } : {}),
    ...(playbook.policies?.houseRules ? { houseRules: playbook.policies.houseRules } : {}),
    ...optional('hours', guideHours(playbook, t)),
    responseTimes: Object.entries(playbook.policies?.responseTimes ?? {}).map(([name, duration]) => ({
      name, duration: durationInWords(duration, t), situations: playbook.situations.filter((s) => s.respondWithin === name).map((s) => s.title),
    })),
    contacts: Object.values(playbook.contacts ?? {}).map((c) => ({ name: c.name, role: c.role, reach: c.reach, handles: c.handles ?? [] })),
    questions: playbook.questions.map((q) => ({
      prompt: q.prompt,
      ...(q.help ? { help: q.help } : {}),
      options: q.type === 'select' ? (q.choices ?? []).filter((c) => !hidden.get(q.id)?.has(c.value)).map((c) => c.label) : q.type === 'confirm' ? [t('guide.yes'), t('guide.no')] : [t('guide.freeText')],
    })),
    situations,
    missingTemplates,
    flow: decisionTree(playbook, situations, hidden, t),
    actions: (Object.keys(ACTIONS) as Action[]).filter((a) => used.has(a)).map((action) => ({ action, description: actionText(action, playbook.locale) })),
    dos: (['guide.do1', 'guide.do2', 'guide.do3', 'guide.do4', 'guide.do5', 'guide.do6', 'guide.do7', 'guide.do8'] as const).map((k) => t(k)),
    donts: (['guide.dont1', 'guide.dont2', 'guide.dont3', 'guide.dont4', 'guide.dont5', 'guide.dont6'] as const).map((k) => t(k)),
  };
}

export function describeWhen(playbook: Playbook, when: When | undefined, t: Translate, style: 'long' | 'short' = 'long'): string[] {
  if (!when) return [t(style === 'long' ? 'guide.anythingElse' : 'guide.anythingElseShort')];
  return Object.entries(when).map(([id, condition]) => {
    const question = playbook.questions.find((q) => q.id === id);
    // "What do they ask about? (optional)" reads as its question alone: "What do they ask about?: …".
    const prompt = (question?.prompt ?? id).replace(/\s*\([^()]*\)\s*$/, '').replace(/[?:]\s*$/, '');
    const answer = describeCondition(playbook, id, condition, t);
    // In the diagram a chosen option speaks for itself; a yes/no needs its question.
    if (style === 'short') return question?.type === 'select' ? answer : `${prompt}? ${answer}`;
    return `${prompt}: ${answer}`;
  });
}

/** A step's condition as a sentence for staff: "“Did we get something wrong?” is answered yes". */
export function whenAsSentence(playbook: Playbook, when: When, t: Translate): string {
  return Object.entries(when).map(([id, condition]) => {
    const question = playbook.questions.find((q) => q.id === id)?.prompt ?? id;
    if (condition !== null && typeof condition === 'object' && !Array.isArray(condition) && 'exists' in condition) {
      return t(condition.exists ? 'guide.hasAnswer' : 'guide.hasNoAnswer', { question });
    }
    return t('guide.answerIs', { question, answer: describeCondition(playbook, id, condition, t) });
  }).join(` ${t('guide.and')} `);
}

function describeCondition(playbook: Playbook, id: string, condition: Condition, t: Translate): string {
  const question = playbook.questions.find((q) => q.id === id);
  const label = (value: unknown) => {
    if (typeof value === 'boolean') return t(value ? 'guide.yes' : 'guide.no');
    return question?.choices?.find((c) => c.value === value)?.label ?? String(value);
  };
  const or = ` ${t('guide.or')} `;
  if (condition !== null && typeof condition === 'object' && !Array.isArray(condition)) {
    if ('exists' in condition) return t(condition.exists ? 'guide.answered' : 'guide.notAnswered');
    return t('guide.anythingBut', { values: conditionValues(condition).map(label).join(or) });
  }
  return conditionValues(condition).map(label).join(or);
}

/**
 * The situations as a tree staff can follow: the select question most situations start from, one
 * branch per answer it still offers, and in each the situations that answer can reach, in the order
 * they are tried, each with the other answers it needs ("Does it threaten violence…? yes"), down to
 * the first that needs nothing more. Without such a question, one branch holds the whole order.
 */
function decisionTree(playbook: Playbook, situations: readonly GuideSituation[], hidden: Map<string, Set<unknown>>, t: Translate): GuideFlow {
  const count = new Map<string, number>();
  for (const s of playbook.situations) for (const id of Object.keys(s.when ?? {})) {
    if (playbook.questions.find((q) => q.id === id)?.type === 'select') count.set(id, (count.get(id) ?? 0) + 1);
  }
  const rootId = [...count.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  const root = playbook.questions.find((q) => q.id === rootId);
  const reaches = (condition: Condition | undefined, value: unknown): boolean => {
    if (condition === undefined) return true;
    if (condition !== null && typeof condition === 'object' && !Array.isArray(condition)) {
      return 'exists' in condition ? condition.exists : !conditionValues(condition).includes(value as never);
    }
    return conditionValues(condition).includes(value as never);
  };
  const rowsFor = (value: unknown) => {
    const rows: GuideFlow['branches'][number]['rows'] = [];
    for (const [i, s] of playbook.situations.entries()) {
      const when = { ...(s.when ?? {}) } as Record<string, Condition>;
      if (root && !reaches(when[root.id], value)) continue;
      if (root) delete when[root.id];
      const rest = Object.keys(when).length ? describeWhen(playbook, when as When, t, 'short').join(` ${t('guide.and')} `) : undefined;
      const g = situations[i];
      rows.push({ ...(rest ? { ask: rest } : {}), situation: { id: g.id, number: g.number, title: g.title, noReply: g.noReply !== undefined } });
      if (!rest) break;
    }
    return rows;
  };
  if (!root) return { branches: [{ answer: t('guide.newComment'), rows: rowsFor(undefined) }] };
  return {
    question: root.prompt,
    branches: (root.choices ?? []).filter((c) => !hidden.get(root.id)?.has(c.value)).map((c) => ({ answer: c.label, rows: rowsFor(c.value) })).filter((b) => b.rows.length > 0),
  };
}

/** An example comment for the situation, in the guide's language when the playbook has one (the first 50 looked at). */
function exampleFor(playbook: Playbook, situation: string): { example?: string } {
  const examples = (playbook.examples ?? []).filter((e) => e.expect.situation === situation).slice(0, 50);
  const example = examples.find((e) => detectLocale(e.comment, LOCALES, '') === playbook.locale) ?? examples[0];
  return example ? { example: example.comment } : {};
}

/** { key: value } when there is a value, else nothing (an absent key, not undefined). */
function optional<K extends string, V>(key: K, value: V | undefined): { [k in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [k in K]?: V };
}
