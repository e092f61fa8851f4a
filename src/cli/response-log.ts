// Where the response log is and what goes in it: --log FILE / --no-log, REPLYGUIDE_LOG, the user
// config ("log": false, "logComments": true), the playbook (policies.logComments), else the user's
// data folder. Comments are stored only where the playbook or the config allows it; else a hash.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { LoadedPlaybook } from '../playbook/load.js';
import type { Plan } from '../triage/plan.js';
import { entryFromPlan, type LogEntry } from '../log/entry.js';
import { lastSimilar } from '../log/query.js';
import { appendToLog, readLog } from '../log/store.js';
import { readConfig } from './agent-config.js';
import { now, UsageError, type Io } from './io.js';

/** commander gives `false` for --no-log, a path for --log FILE, and true otherwise. */
export type LogFlag = string | boolean | undefined;

export function logFile(flag: LogFlag, io: Io): string {
  if (typeof flag === 'string') return resolve(io.cwd, flag);
  if (io.env.REPLYGUIDE_LOG) return resolve(io.cwd, io.env.REPLYGUIDE_LOG);
  const data = io.env.XDG_DATA_HOME || join(io.env.HOME || homedir(), '.local', 'share');
  return join(data, 'replyguide', 'log.jsonl');
}

/** Appends the plan to the log, unless logging is off (--no-log, or "log": false in the config). */
export function recordPlan(flag: LogFlag, plan: Plan, comment: string, playbook: LoadedPlaybook, io: Io): LogEntry | undefined {
  if (flag === false) return undefined;
  const config = readConfig(io.env);
  if (typeof flag !== 'string' && config.log === false) return undefined;
  const file = logFile(flag, io);
  const storeComment = config.logComments ?? playbook.data.policies?.logComments ?? false;
  const entry = entryFromPlan(plan, comment, { now: now(io.env), storeComment });
  try {
    appendToLog(file, entry);
  } catch (error) {
    throw new UsageError(`cannot write the response log ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); use --no-log to answer without it`);
  }
  return entry;
}

/** Reads the log for the log, followups and stats commands; corrupt lines are named on stderr. */
export function loadLog(flag: LogFlag, io: Io) {
  const file = logFile(flag, io);
  let log;
  try {
    log = readLog(file);
  } catch (error) {
    throw new UsageError(`cannot read the response log ${file} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  for (const problem of log.problems) io.stderr.write(`replyguide: ${file}:${problem.line}: ${problem.message}; skipped\n`);
  return { file, ...log };
}

/** The last logged answer in the same situation, for "you answered a comment like this on 12 Nov". */
export function similarBefore(flag: LogFlag, io: Io, situation: string): LogEntry | undefined {
  if (flag === false) return undefined;
  try {
    return lastSimilar(readLog(logFile(flag, io)).entries, situation);
  } catch {
    return undefined; // an unreadable log only costs the hint
  }
}
