// One line of the response log: what was answered, how, and what the plan still asks of us later.
// Pure: a plan in, a plain JSON object out.
import { sha256 } from '../digest.js';
import type { Plan } from '../triage/plan.js';
import { stripControl } from '../triage/clean-text.js';

export interface FollowUp {
  /** Short id to mark it done: `replyguide followups done <id>`. */
  id: string;
  action: string;
  text: string;
  /** ISO time it is due. */
  due: string;
}

/**
 * What the agent did with the plan: copied the reply, was done with it (answered another way, or no
 * reply), started over (the plan was dropped), or a script planned it. Entries written before outcomes
 * were logged have none; they count as answered.
 */
export type Outcome = 'copied' | 'done' | 'started-over' | 'scripted';

/** Where the comment is: the thread to go back to, the network, when it was posted. */
export interface CommentSource {
  link?: string;
  platform?: string;
  /** ISO time the comment was posted. */
  posted?: string;
  /** The queue row it came from: its stable key (an id column, else a hash of the row) and number. */
  row?: { key: string; number: number };
}

/** Who logged a line and the key that makes a retry of it harmless (a shared log stores each key once). */
export interface Written {
  /** The agent's name (config "agent", REPLYGUIDE_AGENT, else the OS user name). */
  agent?: string;
  /** Unique per line, made when the line is made: a line sent twice (a spool synced after a drop) is stored once. */
  key?: string;
}

export interface LogEntry extends CommentSource, Written {
  type: 'triage';
  outcome?: Outcome;
  id: string;
  time: string;
  playbook: string;
  locale: string;
  situation: string;
  answers: Plan['answers'];
  /** The answers no person gave, and where each came from (see Plan.inferred). */
  inferred?: Plan['inferred'];
  /** The comment itself where allowed (privacy), else only its hash. */
  comment?: string;
  commentHash: string;
  reply: { text: string; template: string; variant: number } | null;
  steps: string[];
  respondWithin: string | null;
  replyBy: string | null;
  followUps: FollowUp[];
}

/** A comment the agent chose not to triage (a queue row skipped), with the reason given. */
export interface SkipEvent extends CommentSource, Written {
  type: 'skipped';
  id: string;
  time: string;
  playbook: string;
  reason: string;
  comment?: string;
  commentHash: string;
}

/** A follow-up marked done: appended, never an edit of the entry it belongs to. */
export interface DoneEvent extends Written {
  type: 'done';
  followUp: string;
  time: string;
}

/** Another agent takes over a follow-up (its owner was the agent who logged the entry): appended, like done. */
export interface TakeEvent extends Written {
  type: 'take';
  followUp: string;
  agent: string;
  time: string;
}

export type LogLine = LogEntry | DoneEvent | SkipEvent | TakeEvent;

/** Whether the entry is a comment answered (a reply copied or done, or a scripted plan), not one dropped. */
export function answered(entry: LogEntry): boolean {
  return entry.outcome !== 'started-over';
}

/** When each follow-up action is due, counted from the triage. */
export const FOLLOW_UP_AFTER: Record<string, number> = {
  // "Once solved, go back to the same thread": check after a day whether it is solved.
  'follow-up-publicly': 24 * 3600_000,
};

/**
 * Sixteen hex digits (64 random bits), so that no log ever gives two entries one id: with the 32 bits
 * of old, a log of 77,000 entries held two alike with even odds, and `followups done` closed both (a
 * shared log in PostgreSQL dropped the second's follow-up). An agent types the first eight or more
 * (follow-up-id.ts). From Math.random, since an id names an entry and guards nothing (node:crypto
 * costs ~3.5 ms to load); each call gives 52 random bits, of which 32 are used.
 */
function entryId(): string {
  const half = () => Math.floor(Math.random() * 0x1_0000_0000).toString(16).padStart(8, '0');
  return half() + half();
}

export function commentHash(comment: string): string {
  return sha256(comment.trim().replace(/\s+/g, ' ').toLowerCase()).slice(0, 16);
}

export function entryFromPlan(plan: Plan, comment: string, options: { now: Date; storeComment: boolean; id?: string; outcome?: Outcome; source?: CommentSource }): LogEntry {
  const id = options.id ?? entryId();
  // A plan that was dropped promises nothing: no follow-ups.
  const followUps = options.outcome === 'started-over' ? [] : plan.steps
    .filter((step) => FOLLOW_UP_AFTER[step.action] !== undefined)
    .map((step, i) => ({ id: `${id}-${i + 1}`, action: step.action, text: step.text, due: (plan.followUpBy ?? new Date(options.now.getTime() + FOLLOW_UP_AFTER[step.action])).toISOString() }));
  return {
    type: 'triage',
    ...(options.outcome ? { outcome: options.outcome } : {}),
    id,
    time: options.now.toISOString(),
    ...sourceFields(options.source),
    playbook: plan.playbook,
    locale: plan.locale,
    situation: plan.situation.id,
    answers: plan.answers,
    ...(plan.inferred ? { inferred: plan.inferred } : {}),
    ...(options.storeComment ? { comment: stripControl(comment) } : {}),
    commentHash: commentHash(comment),
    reply: plan.reply ? { text: plan.reply.text, template: plan.reply.template, variant: plan.reply.variant } : null,
    steps: plan.steps.map((s) => s.action),
    respondWithin: plan.respondWithin?.duration ?? null,
    replyBy: plan.respondBy?.toISOString() ?? null,
    followUps,
  };
}

export function skipEvent(reason: string, comment: string, options: { now: Date; storeComment: boolean; playbook: string; source?: CommentSource }): SkipEvent {
  return {
    type: 'skipped',
    id: entryId(),
    time: options.now.toISOString(),
    ...sourceFields(options.source),
    playbook: options.playbook,
    reason,
    ...(options.storeComment ? { comment: stripControl(comment) } : {}),
    commentHash: commentHash(comment),
  };
}

function sourceFields(source: CommentSource | undefined): CommentSource {
  if (!source) return {};
  return {
    ...(source.link ? { link: source.link } : {}),
    ...(source.platform ? { platform: source.platform } : {}),
    ...(source.posted ? { posted: source.posted } : {}),
    ...(source.row ? { row: source.row } : {}),
  };
}
