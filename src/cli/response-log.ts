// Where the response log is and what goes in it: --log FILE|URL / --no-log, REPLYGUIDE_LOG, the user
// config ("log": false, "logComments": true), the playbook (policies.logComments), else the user's
// data folder. Comments are stored only where the playbook or the config allows it; else a hash.
// A postgres:// URL is a database shared by the team (src/log/pg-store.ts, loaded only then); a line
// that cannot reach it goes to the spool (src/log/spool.ts) and is sent on the next run that can.
import { nodeOs } from '../node-os.js';
import { userFolder } from './user-folders.js';
import { join, resolve } from 'node:path';
import type { LoadedPlaybook } from '../playbook/load.js';
import type { Plan } from '../triage/plan.js';
import { answered, entryFromPlan, skipEvent, type CommentSource, type LogEntry, type LogLine, type Outcome } from '../log/entry.js';
import type { LogVisitor } from '../log/store.js';
import { fileStore, type LogStore, type Place } from '../log/log-store.js';
import { databaseUrlProblem, isDatabaseUrl, maskUrl, type LogLocation } from '../log/location.js';
import { spooledFiles, spoolLine, spoolWaiting } from '../log/spool.js';
import { scanLog } from '../log/store.js';
import { onExit } from '../log/open-stores.js';
import { configuredAgent, readConfig } from './agent-config.js';
import { now, UsageError, type Io } from './io.js';
import { translator, uiLocale } from '../i18n/index.js';

/** commander gives `false` for --no-log, a path or URL for --log, and true otherwise. */
export type LogFlag = string | boolean | undefined;

function dataFolder(io: Io): string {
  return userFolder(io.env, 'data');
}

/** The log's location; a database URL that cannot be used is exit 2 with the reason (password masked). */
export function logLocation(flag: LogFlag, io: Io): LogLocation {
  const given = typeof flag === 'string' ? flag : io.env.REPLYGUIDE_LOG || undefined;
  if (given === undefined) return { kind: 'file', file: join(dataFolder(io), 'log.jsonl') };
  if (!isDatabaseUrl(given)) return { kind: 'file', file: resolve(io.cwd, given) };
  const shown = maskUrl(given.trim());
  const problem = databaseUrlProblem(given);
  if (problem) throw new UsageError(`the response log database ${shown}: ${problem}`);
  return { kind: 'postgres', url: given.trim(), shown };
}

/** The log file (for the file store) or the masked URL (for the database): what messages name. */
export function logFile(flag: LogFlag, io: Io): string {
  const where = logLocation(flag, io);
  return where.kind === 'file' ? where.file : where.shown;
}

/** Where lines for a database that cannot be reached wait to be sent. */
export function spoolFile(io: Io): string {
  return join(dataFolder(io), 'spool.jsonl');
}

/** The agent's name on the lines a shared log keeps: --agent/REPLYGUIDE_AGENT/config, else the OS user. */
export function agentName(io: Io): string {
  try {
    return configuredAgent(undefined, io.env) ?? nodeOs().userInfo().username;
  } catch {
    return io.env.USER || 'unknown';
  }
}

const stores = new Map<string, Promise<LogStore>>();

/**
 * The store for this log, opened once per run: the file, or a connection to the database (which first
 * sends anything spooled). A database that cannot be reached, or has no schema yet, is exit 2, one line.
 */
export async function openStore(flag: LogFlag, io: Io, options: { migrate?: boolean } = {}): Promise<LogStore> {
  const where = logLocation(flag, io);
  if (where.kind === 'file') return fileStore(where.file);
  const key = `${where.url}\n${options.migrate ? 'm' : ''}`;
  let opened = stores.get(key);
  if (!opened) {
    opened = openDatabase(where, io, options);
    stores.set(key, opened);
    opened.catch(() => stores.delete(key));
  }
  return opened;
}

async function openDatabase(where: Extract<LogLocation, { kind: 'postgres' }>, io: Io, options: { migrate?: boolean }): Promise<LogStore> {
  const pgs = await import('../log/pg-store.js');
  let client;
  try {
    client = await pgs.connect(where.url);
  } catch (error) {
    throw new UsageError(`cannot reach the response log database ${where.shown} (${pgs.reason(error)})`);
  }
  onExit(() => { stores.clear(); return client.end().catch(() => {}); });
  let schema: number;
  try {
    if (options.migrate) {
      const { applied, version } = await pgs.migrate(client);
      schema = version;
      io.stdout.write(applied.length ? `Migrated the response log database ${where.shown} to schema version ${version} (applied ${applied.join(', ')}).\n` : `The response log database ${where.shown} is up to date (schema version ${version}).\n`);
    } else {
      const version = (schema = await pgs.schemaVersion(client));
      if (version === 0) throw new UsageError(`the response log database ${where.shown} has no replyguide tables yet; run \`replyguide log migrate --log URL\` once`);
      if (version > pgs.MIGRATIONS.length) throw new UsageError(`the response log database ${where.shown} has schema version ${version}, newer than this replyguide knows (${pgs.MIGRATIONS.length}); update replyguide`);
    }
    const spool = spoolFile(io);
    if (spoolWaiting(spool)) {
      const { sendSpool } = await import('../log/spool.js');
      const { sent } = await sendSpool(spool, (line) => pgs.insertLine(client, line));
      if (sent > 0) io.stderr.write(`replyguide: sent ${sent} spooled ${sent === 1 ? 'line' : 'lines'} to the response log database ${where.shown}\n`);
    }
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`the response log database ${where.shown}: ${pgs.reason(error)}`);
  }
  return pgs.pgStore(client, where.shown, schema);
}

/** Appends the plan to the log, unless logging is off (--no-log, or "log": false in the config). */
export async function recordPlan(flag: LogFlag, plan: Plan, comment: string, playbook: LoadedPlaybook, io: Io, how: { outcome: Outcome; source?: CommentSource }): Promise<LogEntry | undefined> {
  const target = logTarget(flag, playbook, io);
  if (!target) return undefined;
  const entry = entryFromPlan(plan, comment, { now: now(io.env), storeComment: target.storeComment, outcome: how.outcome, source: how.source });
  // crypto: the Web Crypto global, loaded on first use, so only a log on a database loads it.
  const line = target.where.kind === 'postgres' ? { ...entry, agent: agentName(io), key: crypto.randomUUID() } : entry;
  await append(flag, line, io);
  return line;
}

/** Logs a comment the agent skipped, with the reason. */
export async function recordSkip(flag: LogFlag, reason: string, comment: string, playbook: LoadedPlaybook, io: Io, source?: CommentSource): Promise<void> {
  const target = logTarget(flag, playbook, io);
  if (!target) return;
  const event = skipEvent(reason, comment, { now: now(io.env), storeComment: target.storeComment, playbook: playbook.data.id, source });
  await append(flag, target.where.kind === 'postgres' ? { ...event, agent: agentName(io), key: crypto.randomUUID() } : event, io);
}

/** Whether logging is on (--no-log, or "log": false in the config, turn it off), where, and whether comments are kept. */
function logTarget(flag: LogFlag, playbook: LoadedPlaybook, io: Io): { where: LogLocation; storeComment: boolean } | undefined {
  if (flag === false) return undefined;
  const config = readConfig(io.env);
  if (typeof flag !== 'string' && config.log === false) return undefined;
  return { where: logLocation(flag, io), storeComment: config.logComments ?? playbook.data.policies?.logComments ?? false };
}

/**
 * Appends one line. To a file: a failure (a full disk, a read-only folder) is one line on stderr and
 * exit 2; `hint` says what the person can do instead (triage can answer with --no-log; marking a
 * follow-up done cannot). To a database: one that cannot be reached (or answers too slowly) costs
 * nothing but a line on stderr; the line goes to the spool and is sent later.
 */
export async function append(flag: LogFlag, line: LogLine, io: Io, noLogHint = true): Promise<void> {
  const t = translator(uiLocale(undefined, io.env));
  const hint = noLogHint ? t('log.noLogHint') : '';
  const where = logLocation(flag, io);
  if (where.kind === 'file') {
    try {
      await fileStore(where.file).append(line);
    } catch (error) {
      throw new UsageError(t('log.cannotWrite', { file: where.file, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message }) + hint);
    }
    return;
  }
  const keyed = line.key ? line : { ...line, agent: agentName(io), key: crypto.randomUUID() };
  let why: string;
  try {
    const store = await openStore(flag, io);
    await store.append(keyed);
    return;
  } catch (error) {
    if (error instanceof UsageError && !/cannot reach/.test(error.message)) throw error;
    const { isUnreachable, reason } = await import('../log/pg-store.js');
    if (!(error instanceof UsageError) && !isUnreachable(error)) throw new UsageError(`the response log database ${where.shown}: ${reason(error)}`);
    why = error instanceof UsageError ? error.message.replace(/^.*\(([^()]*)\)$/, '$1') : reason(error);
    stores.clear(); // the next line tries to connect again
  }
  const spool = spoolFile(io);
  try {
    spoolLine(spool, keyed);
  } catch (error) {
    throw new UsageError(`cannot reach the response log database ${where.shown} (${why}) nor write the spool ${spool} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})${hint}`);
  }
  io.stderr.write(`replyguide: cannot reach the response log database ${where.shown} (${why}); kept in ${spool}, sent by \`replyguide log sync\` or the next run that reaches it\n`);
}

/** Whether anything is logged at all (so a queue can resume). */
export function logging(flag: LogFlag, io: Io): boolean {
  return flag !== false && (typeof flag === 'string' || readConfig(io.env).log !== false);
}

/**
 * The queue rows already handled, by key: answered (copied, done, scripted) or skipped. A row started
 * over and never finished is asked again.
 */
export async function handledRows(flag: LogFlag, io: Io): Promise<Set<string>> {
  const keys = new Set<string>();
  if (!logging(flag, io)) return keys;
  const visitor: LogVisitor = {
    entry: (e) => { if (e.row && answered(e)) keys.add(e.row.key); },
    skip: (s) => { if (s.row) keys.add(s.row.key); },
  };
  try {
    await readLogLines(flag, io, visitor);
  } catch (error) {
    const where = logLocation(flag, io);
    if (where.kind === 'file' || !(error instanceof UsageError) || !error.message.startsWith('cannot reach')) throw error;
    // The database is out of reach: the queue still goes on, passing over what this machine spooled
    // (rows another agent answered meanwhile may be asked again; their lines are all kept).
    for (const file of spooledFiles(spoolFile(io))) scanLog(file, visitor);
    if (!warned.has(io)) io.stderr.write(`replyguide: ${error.message}; the queue passes over only the rows kept in ${spoolFile(io)}\n`);
    warned.add(io);
  }
  return keys;
}
const warned = new WeakSet<Io>();

/**
 * Streams the log through the visitor for the log, followups and stats commands (bounded memory
 * whatever its length); lines that are corrupt or of the wrong shape are named on stderr and skipped.
 * `then` may read entries again by the place the visitor was given. Returns the file (or masked URL).
 */
export async function readLogLines(flag: LogFlag, io: Io, visitor: LogVisitor, then?: (read: (at: Place) => LogEntry) => void): Promise<string> {
  const store = await openStore(flag, io);
  const shown = store.shown;
  const t = translator(uiLocale(undefined, io.env));
  try {
    await store.scan({ ...visitor, problem: (problem) => io.stderr.write(`replyguide: ${t('log.skipped', { where: `${shown}:${problem.line}`, problem: problem.message })}\n`) }, then);
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(t('log.cannotRead', { file: shown, reason: (error as NodeJS.ErrnoException).code ?? (error as Error).message.split('\n')[0] }));
  }
  return shown;
}

/** The last logged answer in the same situation, by anyone writing to this log, for "answered a comment like this on 12 Nov". */
export async function similarBefore(flag: LogFlag, io: Io, situation: string): Promise<LogEntry | undefined> {
  if (flag === false) return undefined;
  try {
    const store = await openStore(flag, io);
    return await store.lastAnswer(situation, answered);
  } catch {
    return undefined; // an unreadable log only costs the hint
  }
}
