// Questions asked of the response log: how did we answer before, what follow-ups are due, what is used.
import { answered, type FollowUp, type LogEntry, type SkipEvent } from './entry.js';

export interface LogFilter {
  situation?: string;
  since?: Date;
  grep?: string;
}

export function filterEntries(entries: readonly LogEntry[], filter: LogFilter): LogEntry[] {
  const needle = filter.grep?.toLowerCase();
  return entries.filter((e) =>
    (filter.situation === undefined || e.situation === filter.situation)
    && (filter.since === undefined || Date.parse(e.time) >= filter.since.getTime())
    && (needle === undefined || [e.comment ?? '', e.reply?.text ?? '', e.situation].some((t) => t.toLowerCase().includes(needle))));
}

/** The most recent earlier answer in the same situation: "you answered a comment like this on 12 Nov". */
export function lastSimilar(entries: readonly LogEntry[], situation: string): LogEntry | undefined {
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i].situation === situation && entries[i].reply && answered(entries[i])) return entries[i];
  return undefined;
}

export interface OpenFollowUp extends FollowUp {
  entry: LogEntry;
}

/** Follow-ups not marked done, oldest due first; with `dueBy`, only those due by then. */
export function openFollowUps(entries: readonly LogEntry[], done: ReadonlySet<string>, dueBy?: Date): OpenFollowUp[] {
  return entries
    .flatMap((entry) => entry.followUps.map((f) => ({ ...f, entry })))
    .filter((f) => !done.has(f.id) && (dueBy === undefined || Date.parse(f.due) <= dueBy.getTime()))
    .sort((a, b) => a.due.localeCompare(b.due));
}

export interface Stats {
  /** Comments answered: a reply copied or done with, or a scripted plan (not those started over). */
  comments: number;
  /** Every outcome logged: copied, done, scripted, started over, skipped (with their reasons). */
  outcomes: { copied: number; done: number; scripted: number; startedOver: number; skipped: number; earlier: number };
  skipReasons: [string, number][];
  bySituation: [string, number][];
  byTemplate: { template: string; uses: number; variants: [number, number][] }[];
  /** Templates the playbook's situations name that no logged reply used. */
  neverUsed: string[];
  /** Replies answered by their reply-by time, of those that had one. */
  inTime: { within: number; of: number };
  /** The same per situation (those with a reply-by time), most answered first. Reply-by times count staffed time when the playbook has hours. */
  inTimeBySituation: [string, { within: number; of: number }][];
}

export function stats(all: readonly LogEntry[], templates: readonly string[], skips: readonly SkipEvent[] = []): Stats {
  const outcomes = { copied: 0, done: 0, scripted: 0, startedOver: 0, skipped: skips.length, earlier: 0 };
  for (const e of all) {
    if (e.outcome === 'copied') outcomes.copied++;
    else if (e.outcome === 'done') outcomes.done++;
    else if (e.outcome === 'scripted') outcomes.scripted++;
    else if (e.outcome === 'started-over') outcomes.startedOver++;
    else outcomes.earlier++;
  }
  const reasons = new Map<string, number>();
  for (const s of skips) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  const entries = all.filter(answered);
  const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  const situations = new Map<string, number>();
  const uses = new Map<string, number>();
  const variants = new Map<string, Map<number, number>>();
  let within = 0;
  let of = 0;
  const inTimeBy = new Map<string, { within: number; of: number }>();
  for (const e of entries) {
    count(situations, e.situation);
    if (e.reply) {
      count(uses, e.reply.template);
      if (!variants.has(e.reply.template)) variants.set(e.reply.template, new Map());
      count(variants.get(e.reply.template)!, e.reply.variant);
    }
    if (e.replyBy) {
      const inTime = Date.parse(e.time) <= Date.parse(e.replyBy);
      of++;
      if (inTime) within++;
      const bySituation = inTimeBy.get(e.situation) ?? { within: 0, of: 0 };
      bySituation.of++;
      if (inTime) bySituation.within++;
      inTimeBy.set(e.situation, bySituation);
    }
  }
  const byCount = <K>(map: Map<K, number>) => [...map].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
  return {
    comments: entries.length,
    outcomes,
    skipReasons: byCount(reasons),
    bySituation: byCount(situations),
    byTemplate: byCount(uses).map(([template, n]) => ({ template, uses: n, variants: [...variants.get(template)!].sort((a, b) => a[0] - b[0]) })),
    neverUsed: [...new Set(templates)].filter((t) => !uses.has(t)).sort(),
    inTime: { within, of },
    inTimeBySituation: [...inTimeBy].sort((a, b) => b[1].of - a[1].of || a[0].localeCompare(b[0])),
  };
}
