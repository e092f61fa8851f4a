// Where the response log is and what goes in it: --log FILE / --no-log, REPLYGUIDE_LOG, the user
// config ("log": false, "logComments": true), the playbook (policies.logComments), else the user's
// data folder. Comments are stored only where the playbook or the config allows it; else a hash.
import { homedir } from 'node:os';
import { join, resolve } from 'node:path';
import type { LoadedPlaybook } from '../playbook/load.js';
import type { Plan } from '../triage/plan.js';
import { answered, entryFromPlan, skipEvent, type CommentSource, type LogEntry, type Outcome } from '../log/entry.js';
import { appendToLog, findLastEntry, scanLog, type LogVisitor } from '../log/store.js';
import { readConfig } from './agent-config.js';
import { now, UsageError, type Io } from './io.js';
import { translator, uiLocale } from '../i18n/index.js';

/** commander gives `false` for --no-log, a path for --log FILE, and true otherwise. */
export type LogFlag = string | boolean | undefined;

export function logFile(flag: LogFlag, io: Io): string {
  if (typeof flag === 'string') return resolve(io.cwd, flag);
  if (io.env.REPLYGUIDE_LOG) return resolve(io.cwd, io.env.REPLYGUIDE_LOG);
  const data = io.env.XDG_DATA_HOME || join(io.env.HOME || homedir(), '.local', 'share');
  return join(data, 'replyguide', 'log.jsonl');
}

/** Appends the plan to the log, unless logging is off (--no-log, or "log": false in the config). */
export function recordPlan(flag: LogFlag, plan: Plan, comment: string, playbook: LoadedPlaybook, io: Io, how: { outcome: Outcome; source?: CommentSource }): LogEntry | undefined {
  const target = logTarget(flag, playbook, io);
  if (!target) return undefined;
  const entry = entryFromPlan(plan, comment, { now: now(io.env), storeComment: target.storeComment, outcome: how.outcome, source: how.source });
  append(target.file, entry, io);
  return entry;
}

/** Logs a comment the agent skipped, with the reason. */
export function recordSkip(flag: LogFlag, reason: string, comment: string, playbook: LoadedPlaybook, io: Io, source?: CommentSource): void {
  const target = logTarget(flag, playbook, io);
  if (!target) return;
  append(target.file, skipEvent(reason, comment, { now: now(io.env), storeComment: target.storeComment, playbook: playbook.data.id, source }), io);
}

/** Whether logging is on (--no-log, or "log": false in the config, turn it off), where, and whether comments are kept. */
function logTarget(flag: LogFlag, playbook: LoadedPlaybook, io: Io): { file: string; storeComment: boolean } | undefined {
  if (flag === false) return undefined;
  const config = readConfig(io.env);
  if (typeof flag !== 'string' && config.log === false) return undefined;
  return { file: logFile(flag, io), storeComment: config.logComments ?? playbook.data.policies?.logComments ?? false };
}

/**
 * Appends one line; a failure (a full disk, a read-only folder) is one line on stderr, in the tool's
 * language, and exit 2. `noLogHint` says triage can answer with --no-log (marking a follow-up done cannot).
 */
export function append(file: string, line: Parameters<typeof appendToLog>[1], io: Io, noLogHint = true): void {
  try {
    appendToLog(file, line);
  } catch (error) {
    const t = translator(uiLocale(undefined, io.env));
    throw new UsageError(t('log.cannotWrite', { file, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }) + (noLogHint ? t('log.noLogHint') : ''));
  }
}

/** Whether anything is logged at all (so a queue can resume). */
export function logging(flag: LogFlag, io: Io): boolean {
  return flag !== false && (typeof flag === 'string' || readConfig(io.env).log !== false);
}

/**
 * The queue rows already handled, by key: answered (copied, done, scripted) or skipped. A row started
 * over and never finished is asked again.
 */
export function handledRows(flag: LogFlag, io: Io): Set<string> {
  const keys = new Set<string>();
  if (!logging(flag, io)) return keys;
  readLogLines(flag, io, {
    entry: (e) => { if (e.row && answered(e)) keys.add(e.row.key); },
    skip: (s) => { if (s.row) keys.add(s.row.key); },
  });
  return keys;
}

/**
 * Streams the log through the visitor for the log, followups and stats commands (bounded memory
 * whatever its length); lines that are corrupt or of the wrong shape are named on stderr and skipped.
 * `then` may read entries again by the place the visitor was given. Returns the file.
 */
export function readLogLines(flag: LogFlag, io: Io, visitor: LogVisitor, then?: Parameters<typeof scanLog>[2]): string {
  const file = logFile(flag, io);
  const t = translator(uiLocale(undefined, io.env));
  try {
    scanLog(file, { ...visitor, problem: (problem) => io.stderr.write(`replyguide: ${t('log.skipped', { where: `${file}:${problem.line}`, problem: problem.message })}\n`) }, then);
  } catch (error) {
    throw new UsageError(t('log.cannotRead', { file, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }));
  }
  return file;
}

/** The last logged answer in the same situation, for "you answered a comment like this on 12 Nov". */
export function similarBefore(flag: LogFlag, io: Io, situation: string): LogEntry | undefined {
  if (flag === false) return undefined;
  try {
    // Read from the end: the last one like it is near there, however long the log.
    return findLastEntry(logFile(flag, io), (e) => e.situation === situation && e.reply !== null && answered(e));
  } catch {
    return undefined; // an unreadable log only costs the hint
  }
}
