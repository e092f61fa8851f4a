// The response log in a PostgreSQL database shared by the team, through node-postgres (`pg`). This
// file, and `pg` with it, is loaded only when the log is a postgres:// URL: a file log never pays for it.
// Credentials come from the URL, else the PG* variables, else ~/.pgpass (pg reads both itself).
// Lines are append-only rows; a `done` is a row; prune is the only DELETE. Each line's key is UNIQUE,
// so a line sent again after a network drop is stored once.
import type { LogEntry, LogLine } from './entry.js';
import type { LogStore, Place } from './log-store.js';
import type { OpenFollowUp } from './query.js';
import type { LogVisitor } from './store.js';
import { parseLogLine } from './validate.js';
import pg from 'pg';

/** Seconds to wait for the server before the log counts as unreachable. */
export const CONNECT_TIMEOUT_MS = 4000;
/** A query that takes longer than this counts as the server being unreachable too. */
export const QUERY_TIMEOUT_MS = 10_000;

/** The schema, one step per version; a step, once released, is never edited (add a new one). */
export const MIGRATIONS: readonly string[] = [
  `CREATE TABLE replyguide_log (
     seq bigserial PRIMARY KEY,
     key text NOT NULL UNIQUE,
     type text NOT NULL CHECK (type IN ('triage', 'done', 'skipped', 'take')),
     time timestamptz NOT NULL,
     playbook text,
     situation text,
     agent text,
     follow_up text,
     line jsonb NOT NULL
   );
   CREATE INDEX replyguide_log_time ON replyguide_log (time);
   CREATE INDEX replyguide_log_situation ON replyguide_log (situation, seq DESC) WHERE type = 'triage';
   CREATE INDEX replyguide_log_follow_up ON replyguide_log (follow_up) WHERE follow_up IS NOT NULL;
   CREATE INDEX replyguide_log_text ON replyguide_log USING gin (
     to_tsvector('simple', coalesce(line->>'comment', '') || ' ' || coalesce(line->'reply'->>'text', ''))) WHERE type = 'triage';
   CREATE TABLE replyguide_followups (
     id text PRIMARY KEY,
     seq bigint NOT NULL REFERENCES replyguide_log (seq) ON DELETE CASCADE,
     due timestamptz NOT NULL
   );
   CREATE INDEX replyguide_followups_due ON replyguide_followups (due);`,
  // 2: which follow-ups are closed, kept by the database itself (triggers, so any writer keeps it right,
  // in any order: a done that arrives before its follow-up closes it on arrival; run with the rights of
  // whoever migrated, so agents' roles still need only SELECT and INSERT). Open follow-ups are
  // then read page by page from a partial index of the open ones alone, not found by probing every
  // follow-up for a done row (followups --due on 1M lines, 113k open: 13.1 -> 4.0 s). The backfill closes those
  // done before.
  `ALTER TABLE replyguide_followups ADD COLUMN closed boolean NOT NULL DEFAULT false;
   UPDATE replyguide_followups f SET closed = true
     WHERE EXISTS (SELECT 1 FROM replyguide_log d WHERE d.type = 'done' AND d.follow_up = f.id);
   CREATE INDEX replyguide_followups_open ON replyguide_followups (seq, id) WHERE NOT closed;
   CREATE FUNCTION replyguide_close_follow_up() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
     BEGIN
       UPDATE replyguide_followups SET closed = true WHERE id = NEW.follow_up AND NOT closed;
       RETURN NULL;
     END $$;
   CREATE TRIGGER replyguide_done_closes AFTER INSERT ON replyguide_log
     FOR EACH ROW WHEN (NEW.type = 'done') EXECUTE FUNCTION replyguide_close_follow_up();
   CREATE FUNCTION replyguide_follow_up_closed() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET search_path FROM CURRENT AS $$
     BEGIN
       NEW.closed := NEW.closed OR EXISTS (SELECT 1 FROM replyguide_log d WHERE d.type = 'done' AND d.follow_up = NEW.id);
       RETURN NEW;
     END $$;
   CREATE TRIGGER replyguide_follow_up_arrives BEFORE INSERT ON replyguide_followups
     FOR EACH ROW EXECUTE FUNCTION replyguide_follow_up_closed();`,
];

/** An arbitrary constant: the advisory lock every `log migrate` takes, so two never migrate at once. */
const MIGRATE_LOCK = 0x7265706c; // "repl"

/** A fault reaching the server (down, refused, timed out, connection lost): the line is spooled. */
export class Unreachable extends Error {}

function clientFor(url: string): pg.Client {
  return new pg.Client({ connectionString: url, connectionTimeoutMillis: CONNECT_TIMEOUT_MS, query_timeout: QUERY_TIMEOUT_MS, application_name: 'replyguide' });
}

const UNREACHABLE = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'EPIPE', '57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);

/** Why a call failed, in a few words (never the URL or the password). */
export function reason(error: unknown): string {
  const e = error as { code?: string; message?: string };
  if (e.code && /^[A-Z0-9]{5}$/.test(e.code)) return `${e.message ?? 'error'} [${e.code}]`;
  return e.code ?? (e.message?.split('\n')[0] || 'error');
}

export function isUnreachable(error: unknown): boolean {
  const e = error as { code?: string; message?: string };
  if (e.code && UNREACHABLE.has(e.code)) return true;
  return /timeout|timed out|Connection terminated|not queryable|ended unexpectedly/i.test(e.message ?? '');
}

export async function connect(url: string): Promise<pg.Client> {
  const client = clientFor(url);
  client.on('error', () => { /* a dropped connection fails the query in flight; nothing else to do */ });
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw isUnreachable(error) ? new Unreachable(reason(error)) : error;
  }
  return client;
}

/** Applies the migrations not applied yet, one transaction under an advisory lock. Returns the versions applied now. */
export async function migrate(client: pg.Client): Promise<{ applied: number[]; version: number }> {
  await client.query('BEGIN');
  try {
    await client.query('SELECT pg_advisory_xact_lock($1)', [MIGRATE_LOCK]);
    await client.query('CREATE TABLE IF NOT EXISTS replyguide_migrations (version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now())');
    const done = new Set((await client.query<{ version: number }>('SELECT version FROM replyguide_migrations')).rows.map((r) => r.version));
    const applied: number[] = [];
    for (const [i, sql] of MIGRATIONS.entries()) {
      const version = i + 1;
      if (done.has(version)) continue;
      await client.query(sql);
      await client.query('INSERT INTO replyguide_migrations (version) VALUES ($1)', [version]);
      applied.push(version);
    }
    await client.query('COMMIT');
    return { applied, version: MIGRATIONS.length };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    throw error;
  }
}

/** The schema version in the database (0: never migrated). */
export async function schemaVersion(client: pg.Client): Promise<number> {
  const exists = await client.query("SELECT to_regclass('replyguide_migrations') IS NOT NULL AS present");
  if (!exists.rows[0].present) return 0;
  return Number((await client.query('SELECT coalesce(max(version), 0) AS v FROM replyguide_migrations')).rows[0].v);
}

/** Stores one line (and its follow-ups, for `followups --due`); a key already there is a no-op. True when stored now. */
export async function insertLine(client: pg.Client, line: LogLine): Promise<boolean> {
  if (!line.key) throw new Error('a line for the shared log needs its key');
  const situation = line.type === 'triage' ? line.situation : null;
  const playbook = line.type === 'done' || line.type === 'take' ? null : line.playbook;
  const followUp = line.type === 'done' || line.type === 'take' ? line.followUp : null;
  if (line.type !== 'triage' || line.followUps.length === 0) {
    const result = await client.query('INSERT INTO replyguide_log (key, type, time, playbook, situation, agent, follow_up, line) VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (key) DO NOTHING',
      [line.key, line.type, line.time, playbook, situation, line.agent ?? null, followUp, JSON.stringify(line)]);
    return result.rowCount === 1;
  }
  // The entry and its follow-ups in one statement: both or neither.
  const result = await client.query(
    `WITH e AS (INSERT INTO replyguide_log (key, type, time, playbook, situation, agent, line) VALUES ($1, 'triage', $2, $3, $4, $5, $6)
       ON CONFLICT (key) DO NOTHING RETURNING seq)
     INSERT INTO replyguide_followups (id, seq, due) SELECT f.id, e.seq, f.due FROM e, unnest($7::text[], $8::timestamptz[]) AS f(id, due)
     ON CONFLICT (id) DO NOTHING`,
    [line.key, line.time, playbook, situation, line.agent ?? null, JSON.stringify(line), line.followUps.map((f) => f.id), line.followUps.map((f) => f.due)]);
  return (result.rowCount ?? 0) > 0;
}

const PAGE = 5000;

/**
 * The store: one connection, opened by `openPgStore` (which also sends what is spooled). `schema`: the
 * database's schema version, older than this code's until someone runs `log migrate` (still read right).
 */
export function pgStore(client: pg.Client, shown: string, schema: number = MIGRATIONS.length): LogStore {
  return {
    shown,
    append: async (line) => { await insertLine(client, line); },
    async scan(visitor: LogVisitor, then?: (read: (at: Place) => LogEntry) => void): Promise<boolean> {
      // Pages by seq: memory stays bounded by the page, whatever the log's size. Entries with
      // follow-ups are kept to be read again by `then` (followups lists them after the scan).
      const kept = new Map<number, LogEntry>();
      let last = 0;
      for (;;) {
        const rows = (await client.query<{ seq: string; line: unknown }>('SELECT seq, line FROM replyguide_log WHERE seq > $1 ORDER BY seq LIMIT $2', [last, PAGE])).rows;
        for (const row of rows) {
          const seq = Number(row.seq);
          const parsed = parseLogLine(JSON.stringify(row.line));
          if ('problem' in parsed) { visitor.problem?.({ line: seq, message: parsed.problem }); continue; }
          const line = parsed.line;
          if (line.type === 'triage') {
            if (then && line.followUps.length > 0) kept.set(seq, line);
            visitor.entry?.(line, { offset: seq, length: 0 });
          } else if (line.type === 'done') visitor.done?.(line);
          else if (line.type === 'take') visitor.take?.(line);
          else visitor.skip?.(line);
        }
        if (rows.length < PAGE) break;
        last = Number(rows[rows.length - 1].seq);
      }
      then?.((at) => kept.get(at.offset)!);
      return true;
    },
    async openFollowUps(dueBy, visit) {
      // The open follow-ups (schema 2: a partial index of them; 1: every follow-up less those with a
      // done row), by due time; the latest take if any.
      const open2 = 'NOT f.closed';
      const open1 = "NOT EXISTS (SELECT 1 FROM replyguide_log d WHERE d.type = 'done' AND d.follow_up = f.id)";
      const sql = `SELECT f.id, f.seq, l.line,
          (SELECT t.agent FROM replyguide_log t WHERE t.type = 'take' AND t.follow_up = f.id ORDER BY t.seq DESC LIMIT 1) AS taken
        FROM replyguide_followups f JOIN replyguide_log l ON l.seq = f.seq
        WHERE ${schema >= 2 ? open2 : open1} AND ($1::timestamptz IS NULL OR f.due <= $1)
          AND (f.seq, f.id) > ($2, $3) AND l.seq >= $2
        ORDER BY f.seq, f.id LIMIT $4`;
      // Paged by seq (bounded memory per page), then ordered by due: the open ones are few next to the log.
      // (l.seq >= $2 repeats what the page's start implies, so the join starts reading the log there.)
      const open: { f: OpenFollowUp; taken: string | undefined }[] = [];
      let last = { seq: 0, id: '' };
      for (;;) {
        const rows = (await client.query<{ id: string; seq: string; line: LogEntry; taken: string | null }>(sql, [dueBy?.toISOString() ?? null, last.seq, last.id, PAGE])).rows;
        for (const row of rows) {
          const followUp = row.line.followUps.find((f) => f.id === row.id);
          if (followUp) open.push({ f: { ...followUp, entry: row.line }, taken: row.taken ?? undefined });
        }
        if (rows.length < PAGE) break;
        last = { seq: Number(rows[rows.length - 1].seq), id: rows[rows.length - 1].id };
      }
      open.sort((a, b) => Date.parse(a.f.due) - Date.parse(b.f.due));
      for (const { f, taken } of open) visit(f, taken);
    },
    async lastAnswer(situation, answered) {
      let before = Number.MAX_SAFE_INTEGER;
      for (;;) {
        const rows = (await client.query<{ seq: string; line: LogEntry }>("SELECT seq, line FROM replyguide_log WHERE type = 'triage' AND situation = $1 AND seq < $2 ORDER BY seq DESC LIMIT 50", [situation, before])).rows;
        const found = rows.map((r) => r.line).find((e) => e.reply !== null && answered(e));
        if (found || rows.length < 50) return found;
        before = Number(rows[rows.length - 1].seq);
      }
    },
    async prune(before) {
      const removed = (await client.query('DELETE FROM replyguide_log WHERE time < $1', [before.toISOString()])).rowCount ?? 0;
      const kept = Number((await client.query('SELECT count(*) AS n FROM replyguide_log')).rows[0].n);
      return { kept, removed };
    },
    close: async () => { await client.end().catch(() => {}); },
  };
}
