// One line of the response log: what was answered, how, and what the plan still asks of us later.
// Pure: a plan in, a plain JSON object out.
import { createHash, randomBytes } from 'node:crypto';
import type { Plan } from '../triage/plan.js';

export interface FollowUp {
  /** Short id to mark it done: `replyguide followups done <id>`. */
  id: string;
  action: string;
  text: string;
  /** ISO time it is due. */
  due: string;
}

export interface LogEntry {
  type: 'triage';
  id: string;
  time: string;
  playbook: string;
  locale: string;
  situation: string;
  answers: Plan['answers'];
  /** The comment itself where allowed (privacy), else only its hash. */
  comment?: string;
  commentHash: string;
  reply: { text: string; template: string; variant: number } | null;
  steps: string[];
  respondWithin: string | null;
  replyBy: string | null;
  followUps: FollowUp[];
}

/** A follow-up marked done: appended, never an edit of the entry it belongs to. */
export interface DoneEvent {
  type: 'done';
  followUp: string;
  time: string;
}

export type LogLine = LogEntry | DoneEvent;

/** When each follow-up action is due, counted from the triage. */
export const FOLLOW_UP_AFTER: Record<string, number> = {
  // "Once solved, go back to the same thread": check after a day whether it is solved.
  'follow-up-publicly': 24 * 3600_000,
};

export function commentHash(comment: string): string {
  return createHash('sha256').update(comment.trim().replace(/\s+/g, ' ').toLowerCase()).digest('hex').slice(0, 16);
}

export function entryFromPlan(plan: Plan, comment: string, options: { now: Date; storeComment: boolean; id?: string }): LogEntry {
  const id = options.id ?? randomBytes(4).toString('hex');
  const followUps = plan.steps
    .filter((step) => FOLLOW_UP_AFTER[step.action] !== undefined)
    .map((step, i) => ({ id: `${id}-${i + 1}`, action: step.action, text: step.text, due: new Date(options.now.getTime() + FOLLOW_UP_AFTER[step.action]).toISOString() }));
  return {
    type: 'triage',
    id,
    time: options.now.toISOString(),
    playbook: plan.playbook,
    locale: plan.locale,
    situation: plan.situation.id,
    answers: plan.answers,
    ...(options.storeComment ? { comment } : {}),
    commentHash: commentHash(comment),
    reply: plan.reply ? { text: plan.reply.text, template: plan.reply.template, variant: plan.reply.variant } : null,
    steps: plan.steps.map((s) => s.action),
    respondWithin: plan.respondWithin?.duration ?? null,
    replyBy: plan.respondBy?.toISOString() ?? null,
    followUps,
  };
}
