// A response log, wherever it is kept: the JSON Lines file (the default, no server) or a PostgreSQL
// database shared by the team (pg-store.ts, loaded only when the log is one). Commands talk to this
// interface; both stores keep the same lines (entry.ts) under the same privacy rules.
import type { LogEntry, LogLine } from './entry.js';
import type { OpenFollowUp } from './query.js';
import { appendToLog, findLastEntry, pruneLog, scanLog, type LogVisitor } from './store.js';
import { existsSync } from 'node:fs';

/** Where an entry can be read again after a scan (a file offset, or a row of the database). */
export type Place = { offset: number; length: number };

export interface LogStore {
  /** The file, or the database URL with its password masked: safe to print. */
  readonly shown: string;
  /** Appends one line; a line whose key is already stored is not stored again (a retry). */
  append(line: LogLine): Promise<void>;
  /** Every line, oldest first, through the visitor; `then` may read entries again by their place. False when there is no log yet. */
  scan(visitor: LogVisitor, then?: (read: (at: Place) => LogEntry) => void): Promise<boolean>;
  /**
   * Open follow-ups (not done), oldest due first, each with its entry and who took it over if anyone;
   * with `dueBy` only those due by then. Only a store that can answer this without reading every line
   * has it (the database, through its follow-ups table); otherwise `followups` scans.
   */
  openFollowUps?(dueBy: Date | undefined, visit: (f: OpenFollowUp, takenBy: string | undefined) => void): Promise<void>;
  /** The latest answered entry with a reply in this situation (by anyone writing to this log). */
  lastAnswer(situation: string, answered: (e: LogEntry) => boolean): Promise<LogEntry | undefined>;
  /** Removes what happened before `before`: the only delete. Undefined when there is no log. */
  prune(before: Date): Promise<{ kept: number; removed: number } | undefined>;
  close(): Promise<void>;
}

/** The JSON Lines file: the synchronous store.ts behind the common interface. */
export function fileStore(file: string): LogStore {
  return {
    shown: file,
    append: async (line) => appendToLog(file, line),
    scan: async (visitor, then) => scanLog(file, visitor, then),
    lastAnswer: async (situation, answered) => findLastEntry(file, (e) => e.situation === situation && e.reply !== null && answered(e)),
    prune: async (before) => (existsSync(file) ? pruneLog(file, before) : undefined),
    close: async () => {},
  };
}
