// The triage engine: playbook + answers + comment in, plan out. Pure: no I/O, no prompts, no clock.
import { templateKey, type LoadedPlaybook } from '../playbook/load.js';
import type { Action } from '../playbook/actions.js';
import { actionText } from '../playbook/action-texts.js';
import type { AnswerValue, Contact, Situation } from '../playbook/types.js';
import { renderVariant, replyContext, usableVariants, type RenderError } from '../render/render.js';
import { completeAnswers, missingAnswers, validValues } from './answers.js';
import { applicableQuestions, matchSituation } from './flow.js';
import { matches, type Answers } from './when.js';
import { stripControl } from './clean-text.js';
import { followUpBy, playbookSchedule, replyBy, type ReplyBy } from './reply-by.js';
import { own } from '../own.js';
import { holdingTemplate } from '../playbook/situation-templates.js';
import { isStaffed, nextOpening } from '../hours/staffed.js';
import { reopensWords } from '../hours/reopens.js';
import { refTemplate } from '../lint/rules/ref-template.js';

/** Steps that promise to go back to the thread, and when by default. */
const FOLLOW_UP_ACTIONS = new Set<string>(['follow-up-publicly']);
const DEFAULT_FOLLOW_UP = '1d';

export interface PlanReply {
  text: string;
  template: string;
  variant: number;
  variants: number;
}

export interface PlanStep {
  action: Action;
  text: string;
  to?: { id: string; name: string; reach?: string };
}

export interface InferredAnswer {
  from: 'suggestion' | 'comment' | 'default';
  /** A suggestion's confidence (0 to 1). */
  confidence?: number;
  /** The words that drove a suggestion, or the text a pattern found. */
  because?: string[];
}

export interface Plan {
  playbook: string;
  locale: string;
  /** Only the questions that applied, in order. */
  answers: Record<string, AnswerValue>;
  situation: { id: string; title: string };
  reply: PlanReply | null;
  /** Outside staffed hours: the holding reply to post now, saying when the team is back (see situation-templates.ts). */
  holdingReply: PlanReply | null;
  noReplyReason?: string;
  steps: PlanStep[];
  route: { id: string; name: string; reach?: string } | null;
  respondWithin: { name: string; duration: string } | null;
  respondBy: Date | null;
  /** When to go back to the thread (the situation's followUpAfter, default 1d, in staffed time), if a step follows up. */
  followUpBy: Date | null;
  /**
   * Answers no person gave (a script's triage): taken from a confident suggestion, read from the comment
   * (a `detect` pattern), or the question's default. What someone should confirm before acting on the plan.
   */
  inferred?: Record<string, InferredAnswer>;
  /** The comment's own language when surely read (a script's triage), which may not be the reply's. */
  commentLanguage?: string | null;
  /** With staffed hours: whether the target counts staffed time, whether it is outside hours now, who is on call. */
  hours: (NonNullable<ReplyBy['hours']> & { onCall: { id: string; name: string; reach?: string } | null }) | null;
}

export interface TriageRequest {
  playbook: LoadedPlaybook;
  answers: Answers;
  comment: string;
  agent?: string;
  /** 1-based; default: chosen from the comment, so different comments get different wording. */
  variant?: number;
  now: Date;
  /** When the comment was posted: the reply-by time counts from then (else from now). */
  posted?: Date;
  /** Public holidays (YYYY-MM-DD) of the playbook's hours.holidays country, looked up by the caller. */
  holidays?: ReadonlySet<string>;
  /**
   * Called if the plan depends on the comment's text: a template reads it, or it picks the variant. Lint
   * runs an example's answers once for every example that gives them when the comment goes unread.
   */
  commentRead?: () => void;
}

export type TriageResult =
  | { ok: true; plan: Plan }
  | { ok: false; kind: 'missing'; missing: MissingAnswer[] }
  | { ok: false; kind: 'no-situation' }
  | { ok: false; kind: 'bad-variant'; variants: number }
  | { ok: false; kind: 'template'; error: RenderError };

/** A question the answers leave open: `valid` in words ("yes, no"), `values` as a list (empty for free text). */
export interface MissingAnswer {
  id: string;
  prompt: string;
  valid: string;
  values: string[];
}

export function triage(request: TriageRequest): TriageResult {
  const { playbook: loaded, now } = request;
  const playbook = loaded.data;
  const comment = stripControl(request.comment);
  const given: Answers = {};
  for (const [id, value] of Object.entries(request.answers)) given[id] = typeof value === 'string' ? stripControl(value) : value;
  const missing = missingAnswers(playbook, given);
  if (missing.length > 0) {
    return { ok: false, kind: 'missing', missing: missing.map((q) => ({ id: q.id, prompt: q.prompt, valid: validValues(q), values: q.type === 'select' ? (q.choices ?? []).map((c) => c.value) : q.type === 'confirm' ? ['yes', 'no'] : [] })) };
  }
  const answers = completeAnswers(playbook, given);
  const situation = matchSituation(playbook, answers);
  if (!situation) return { ok: false, kind: 'no-situation' };

  const target = own(playbook.policies?.responseTimes, situation.respondWithin);
  const by = target ? replyBy({ from: request.posted ?? now, now, target, anyHour: situation.anyHour === true, hours: playbook.policies?.hours, holidays: request.holidays }) : undefined;
  const schedule = playbookSchedule(playbook.policies?.hours, request.holidays);
  // When the team is back, in words: worked out only when a template asks (a holding reply, mostly).
  let reopens: string | undefined;
  const context = replyContext(playbook, answers, comment, request.agent, '');
  const { commentRead } = request;
  if (commentRead) {
    if (request.variant === undefined) commentRead(); // the variant is picked from the comment
    Object.defineProperty(context, 'comment', { enumerable: true, get: () => { commentRead(); return comment; } });
  }
  if (schedule) {
    Object.defineProperty(context, 'reopens', {
      enumerable: true,
      get: () => (reopens ??= reopensAt(now, schedule, playbook.locale)),
    });
  }

  let reply: Plan['reply'] = null;
  if (situation.template !== undefined) {
    const rendered = renderReply(loaded, situation.template, context, comment, request.variant);
    if (!rendered.ok) return rendered;
    reply = rendered.reply;
  }
  // Outside hours, a reply that waits for the team gets a holding reply now, saying when we are back.
  let holdingReply: Plan['holdingReply'] = null;
  const holding = holdingTemplate(situation, playbook);
  if (holding !== undefined && schedule && !isStaffed(now.getTime(), schedule) && nextOpening(now.getTime(), schedule) !== undefined) {
    const rendered = renderReply(loaded, holding, context, comment);
    if (!rendered.ok) return rendered;
    holdingReply = rendered.reply;
  }

  // Outside hours, a situation that cannot wait names who is on call (else the contact it goes to).
  const onCall = by?.hours && !by.hours.staffedTime && by.hours.outsideHours ? contactRef(playbook.policies?.hours?.onCall ?? situation.route, playbook.contacts ?? {}) : null;
  const asked: Record<string, AnswerValue> = {};
  for (const q of applicableQuestions(playbook, answers)) {
    const value = answers[q.id];
    if (value !== null && value !== undefined) asked[q.id] = value;
  }
  const steps = planSteps(situation, answers, playbook.contacts ?? {}, playbook.locale);
  return {
    ok: true,
    plan: {
      playbook: playbook.id,
      locale: playbook.locale,
      answers: asked,
      situation: { id: situation.id, title: situation.title },
      reply,
      holdingReply,
      ...(situation.noReply !== undefined ? { noReplyReason: situation.noReply } : {}),
      steps,
      route: contactRef(situation.route, playbook.contacts ?? {}),
      respondWithin: target && situation.respondWithin ? { name: situation.respondWithin, duration: target } : null,
      respondBy: by?.by ?? null,
      hours: by?.hours ? { ...by.hours, onCall } : null,
      followUpBy: steps.some((s) => FOLLOW_UP_ACTIONS.has(s.action)) ? followUpBy(now, situation.followUpAfter ?? DEFAULT_FOLLOW_UP, schedule) : null,
    },
  };
}

/** The next opening in words ("tomorrow at 08:00"); empty when the schedule has no staffed time. */
function reopensAt(now: Date, schedule: NonNullable<ReturnType<typeof playbookSchedule>>, locale: string): string {
  const opening = nextOpening(now.getTime(), schedule);
  return opening === undefined ? '' : reopensWords(new Date(opening), now, schedule.zone, locale);
}

/** One variant of a template, rendered: `variant` (1-based) if given, else chosen from the comment. */
function renderReply(loaded: LoadedPlaybook, id: string, context: ReturnType<typeof replyContext>, comment: string, variant?: number): { ok: true; reply: PlanReply } | Extract<TriageResult, { ok: false; kind: 'template' | 'bad-variant' }> {
  const key = templateKey(loaded.data.locale, id);
  const template = loaded.templates.get(key);
  if (!template) {
    // Read on demand: a problem reading it is said at its place (lint says the same).
    const problem = loaded.templateProblems.get(key)?.[0];
    if (problem) return { ok: false, kind: 'template', error: { template: id, file: problem.file, line: problem.line, column: problem.column, message: problem.message, phrase: problem.phrase } };
    // Missing: said as lint says it, at the situation that names it, with the file expected.
    const missing = refTemplate.check({ playbook: loaded, now: new Date() }).find((d) => d.phrase?.data?.id === id && d.phrase.data.locale === loaded.data.locale);
    const at = missing ?? { file: loaded.file, line: 1, column: 1, message: 'template is missing; run replyguide lint', phrase: undefined };
    return { ok: false, kind: 'template', error: { template: id, file: at.file, line: at.line, column: at.column, message: at.message, phrase: at.phrase } };
  }
  const variants = usableVariants(template);
  const count = variants.length;
  if (count === 0) return { ok: false, kind: 'template', error: { template: template.id, file: template.file, line: 1, column: 1, message: 'every variant is empty' } };
  if (variant !== undefined && (variant < 1 || variant > count)) return { ok: false, kind: 'bad-variant', variants: count };
  const index = variant !== undefined ? variant - 1 : pickVariant(comment, count);
  const rendered = renderVariant(template, variants[index], context);
  if ('error' in rendered) return { ok: false, kind: 'template', error: rendered.error };
  return { ok: true, reply: { text: stripControl(rendered.text), template: template.id, variant: index + 1, variants: count } };
}

function planSteps(situation: Situation, answers: Answers, contacts: Record<string, Contact>, locale: string): PlanStep[] {
  return (situation.steps ?? [])
    .filter((step) => matches(step.when, answers))
    .map((step) => {
      const to = contactRef(step.to, contacts);
      return { action: step.action, text: step.text ?? actionText(step.action, locale), ...(to ? { to } : {}) };
    });
}

function contactRef(id: string | undefined, contacts: Record<string, Contact>): NonNullable<PlanStep['to']> | null {
  const contact = own(contacts, id);
  if (id === undefined || !contact) return null;
  const { name, reach } = contact;
  return reach ? { id, name, reach } : { id, name };
}

/** A stable choice per comment: the same comment gets the same wording, different ones vary. */
export function pickVariant(comment: string, count: number): number {
  let hash = 2166136261;
  for (let i = 0; i < comment.length; i++) hash = Math.imul(hash ^ comment.charCodeAt(i), 16777619);
  return (hash >>> 0) % count;
}
