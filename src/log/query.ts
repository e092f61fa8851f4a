// Questions asked of the response log: how did we answer before, what follow-ups are due, what is used.
import { answered, type FollowUp, type LogEntry, type SkipEvent } from './entry.js';

export interface LogFilter {
  situation?: string;
  since?: Date;
  grep?: string;
}

/** The filter as a test of one entry, for reading a log of any length one entry at a time. */
export function entryFilter(filter: LogFilter): (e: LogEntry) => boolean {
  const needle = filter.grep?.toLowerCase();
  const since = filter.since?.getTime();
  return (e) =>
    (filter.situation === undefined || e.situation === filter.situation)
    && (since === undefined || Date.parse(e.time) >= since)
    && (needle === undefined || [e.comment ?? '', e.reply?.text ?? '', e.situation].some((t) => t.toLowerCase().includes(needle)));
}

export function filterEntries(entries: readonly LogEntry[], filter: LogFilter): LogEntry[] {
  return entries.filter(entryFilter(filter));
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

/**
 * Open follow-ups gathered while the log streams past: only where each one is (its due time, the
 * entry's place in the file, its index) is kept, in typed arrays, so a million follow-ups cost a few
 * megabytes; `list` reads back the entries of those still open, oldest due first.
 */
export function followUpIndex(dueBy?: Date) {
  let due = new Float64Array(1024);
  let offset = new Float64Array(1024);
  let length = new Float64Array(1024);
  let which = new Uint16Array(1024);
  let size = 0;
  const ids: string[] = [];
  const limit = dueBy?.getTime();
  return {
    entry(entry: LogEntry, at: { offset: number; length: number }): void {
      entry.followUps.forEach((f, i) => {
        const time = Date.parse(f.due);
        if (limit !== undefined && time > limit) return;
        if (size === due.length) {
          const grow = <T extends Float64Array | Uint16Array>(a: T): T => { const b = new (a.constructor as new (n: number) => T)(a.length * 2); b.set(a); return b; };
          due = grow(due); offset = grow(offset); length = grow(length); which = grow(which);
        }
        due[size] = time; offset[size] = at.offset; length[size] = at.length; which[size] = Math.min(i, 65535);
        ids.push(f.id);
        size++;
      });
    },
    /** Visits the open ones (not in `done`), oldest due first (ties in log order), each with its entry. */
    forEachOpen(done: ReadonlySet<string>, read: (at: { offset: number; length: number }) => LogEntry, visit: (f: OpenFollowUp) => void): number {
      const order: number[] = [];
      for (let i = 0; i < size; i++) if (!done.has(ids[i])) order.push(i);
      order.sort((a, b) => due[a] - due[b] || a - b);
      for (const i of order) {
        const entry = read({ offset: offset[i], length: length[i] });
        visit({ ...entry.followUps[which[i]], entry });
      }
      return order.length;
    },
  };
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
  /** Answers with a reply-by time: how many were answered by it; `scripted`: plans with one, made by a script and so not timed. */
  inTime: { within: number; of: number; scripted: number };
  /** The same per situation (those with a reply-by time), most answered first. Reply-by times count staffed time when the playbook has hours. */
  inTimeBySituation: [string, { within: number; of: number }][];
}

export function stats(all: readonly LogEntry[], templates: readonly string[], skips: readonly SkipEvent[] = []): Stats {
  const counter = statsCounter();
  for (const e of all) counter.entry(e);
  for (const s of skips) counter.skip(s);
  return counter.result(templates);
}

/** The stats counted one entry at a time: memory grows with the situations and templates, not the log. */
export function statsCounter() {
  const outcomes = { copied: 0, done: 0, scripted: 0, startedOver: 0, skipped: 0, earlier: 0 };
  const reasons = new Map<string, number>();
  const count = <K>(map: Map<K, number>, key: K) => map.set(key, (map.get(key) ?? 0) + 1);
  const situations = new Map<string, number>();
  const uses = new Map<string, number>();
  const variants = new Map<string, Map<number, number>>();
  const inTimeBy = new Map<string, { within: number; of: number }>();
  let comments = 0;
  let within = 0;
  let of = 0;
  let untimed = 0;
  return {
    entry(e: LogEntry): void {
      if (e.outcome === 'copied') outcomes.copied++;
      else if (e.outcome === 'done') outcomes.done++;
      else if (e.outcome === 'scripted') outcomes.scripted++;
      else if (e.outcome === 'started-over') outcomes.startedOver++;
      else outcomes.earlier++;
      if (!answered(e)) return;
      comments++;
      count(situations, e.situation);
      if (e.reply) {
        count(uses, e.reply.template);
        if (!variants.has(e.reply.template)) variants.set(e.reply.template, new Map());
        count(variants.get(e.reply.template)!, e.reply.variant);
      }
      // A script's plan is made the moment it runs, not when someone replies: it says nothing of timeliness.
      if (e.replyBy && e.outcome === 'scripted') untimed++;
      else if (e.replyBy) {
        const inTime = Date.parse(e.time) <= Date.parse(e.replyBy);
        of++;
        if (inTime) within++;
        const bySituation = inTimeBy.get(e.situation) ?? { within: 0, of: 0 };
        bySituation.of++;
        if (inTime) bySituation.within++;
        inTimeBy.set(e.situation, bySituation);
      }
    },
    skip(s: SkipEvent): void {
      outcomes.skipped++;
      count(reasons, s.reason);
    },
    result(templates: readonly string[]): Stats {
      const byCount = <K>(map: Map<K, number>) => [...map].sort((a, b) => b[1] - a[1] || String(a[0]).localeCompare(String(b[0])));
      return {
        comments,
        outcomes,
        skipReasons: byCount(reasons),
        bySituation: byCount(situations),
        byTemplate: byCount(uses).map(([template, n]) => ({ template, uses: n, variants: [...variants.get(template)!].sort((a, b) => a[0] - b[0]) })),
        neverUsed: [...new Set(templates)].filter((t) => !uses.has(t)).sort(),
        inTime: { within, of, scripted: untimed },
        inTimeBySituation: [...inTimeBy].sort((a, b) => b[1].of - a[1].of || a[0].localeCompare(b[0])),
      };
    },
  };
}
