// What a line of the log must be before anything reads its fields: valid JSON of one of the three
// shapes the log writes, with times that are times. A line that is not is reported and skipped, so a
// hand edit or a foreign line never crashes `log`, `followups` or `stats`.
import type { DoneEvent, LogLine, SkipEvent } from './entry.js';

export type Parsed = { line: LogLine } | { problem: string };

const OUTCOMES = new Set(['copied', 'done', 'started-over', 'scripted']);

export function parseLogLine(text: string): Parsed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { problem: 'not valid JSON' };
  }
  if (!isObject(value)) return { problem: 'not a log entry' };
  const fault = value.type === 'triage' ? entryFault(value) : value.type === 'done' ? doneFault(value) : value.type === 'skipped' ? skipFault(value) : value.type === 'take' ? takeFault(value) : 'not a log entry';
  return fault ? { problem: fault } : { line: value as unknown as LogLine };
}

type Json = Record<string, unknown>;

function isObject(value: unknown): value is Json {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isString = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): boolean => isString(v) && !Number.isNaN(Date.parse(v));
const optional = (v: unknown, test: (v: unknown) => boolean) => v === undefined || test(v);

function sourceFault(v: Json): string | undefined {
  if (!optional(v.link, isString) || !optional(v.platform, isString)) return 'a link or platform that is not text';
  if (!optional(v.posted, isTime)) return '"posted" is not a time';
  if (!optional(v.row, (r) => isObject(r) && isString(r.key) && typeof r.number === 'number')) return '"row" is not a queue row';
  return undefined;
}

function entryFault(v: Json): string | undefined {
  if (!isString(v.id) || !isString(v.playbook) || !isString(v.locale) || !isString(v.situation) || !isString(v.commentHash)) return 'a triage entry without its id, playbook, locale, situation or comment hash';
  if (!isTime(v.time)) return '"time" is not a time';
  if (!optional(v.outcome, (o) => isString(o) && OUTCOMES.has(o))) return '"outcome" is not one of copied, done, started-over, scripted';
  if (!optional(v.comment, isString)) return '"comment" is not text';
  if (!isObject(v.answers)) return '"answers" is not a mapping';
  if (v.reply !== null && !(isObject(v.reply) && isString(v.reply.text) && isString(v.reply.template) && typeof v.reply.variant === 'number')) return '"reply" is not a reply';
  if (!Array.isArray(v.steps) || !v.steps.every(isString)) return '"steps" is not a list of actions';
  if (v.respondWithin !== null && !isString(v.respondWithin)) return '"respondWithin" is not a duration';
  if (v.replyBy !== null && !isTime(v.replyBy)) return '"replyBy" is not a time';
  if (!Array.isArray(v.followUps)) return '"followUps" is not a list';
  for (const f of v.followUps) {
    if (!isObject(f) || !isString(f.id) || !isString(f.action) || !isString(f.text)) return 'a follow-up without its id, action or text';
    if (!isTime(f.due)) return `follow-up "${String(f.id)}": "due" is not a time`;
  }
  return sourceFault(v);
}

function doneFault(v: Json): string | undefined {
  if (!isString((v as Partial<DoneEvent>).followUp)) return 'a done event without the follow-up it marks';
  return isTime(v.time) ? undefined : '"time" is not a time';
}

function takeFault(v: Json): string | undefined {
  if (!isString(v.followUp) || !isString(v.agent)) return 'a take event without the follow-up or the agent';
  return isTime(v.time) ? undefined : '"time" is not a time';
}

function skipFault(v: Json): string | undefined {
  const s = v as Partial<SkipEvent>;
  if (!isString(s.id) || !isString(s.playbook) || !isString(s.reason) || !isString(s.commentHash)) return 'a skip without its id, playbook, reason or comment hash';
  if (!isTime(v.time)) return '"time" is not a time';
  if (!optional(v.comment, isString)) return '"comment" is not text';
  return sourceFault(v);
}
