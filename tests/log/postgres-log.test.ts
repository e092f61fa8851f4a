// The response log on a PostgreSQL database shared by the team, against a real server (a throwaway
// cluster, tests/helpers/postgres.ts): the same commands as on the file, who answered, concurrent agents,
// migrations run at once, and the server going away mid-run (spooled, synced, none lost, none twice).
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BIN, ROOT, runBinary, runEnv, runInProcess } from '../helpers/cli.js';
import { pgSkipReason, startCluster, type PgCluster } from '../helpers/postgres.js';
import { similarBefore } from '../../src/cli/response-log.js';
import { closeAll } from '../../src/log/open-stores.js';
import { connect, insertLine, MIGRATIONS } from '../../src/log/pg-store.js';

const skip = pgSkipReason();
if (skip !== undefined) console.warn(`skipping PostgreSQL log tests: ${skip}`);

const complaint = ['triage', '--playbook', 'demo', '--no-input', '-f', 'json', '-a', 'kind=complaint', '-a', 'our_fault=yes', '-a', 'private_data=no', '-a', 'name=Tom', '--variant', '1', '--agent', 'Sam'];
const praise = ['triage', '--playbook', 'demo', '--no-input', '-f', 'json', '-a', 'kind=praise', '-a', 'from_staff=no', '-a', 'name=Kim', '--variant', '2', '--agent', 'Sam'];

/** Runs the real binary as a child process (without waiting for the others). */
function runChild(args: string[], env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, env: { PATH: process.env.PATH, ...runEnv(env) } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => { stdout += d; });
    child.stderr.on('data', (d) => { stderr += d; });
    child.on('exit', (code) => resolve({ code: code ?? -1, stdout, stderr }));
  });
}

describe.skipIf(skip !== undefined)('a response log on PostgreSQL', () => {
  let cluster: PgCluster;
  let n = 0;
  /** A fresh, migrated database for one test. */
  const database = (migrated = true): string => {
    const name = `log${++n}`;
    cluster.psql(`CREATE DATABASE ${name}`);
    const url = cluster.url(name);
    if (migrated) expect(runBinary(['log', 'migrate', '--log', url]).code).toBe(0);
    return url;
  };
  beforeAll(async () => { cluster = await startCluster(); }, 120_000);
  afterAll(async () => { await closeAll(); cluster?.destroy(); });

  it('a bad URL is exit 2 in one line naming what is wrong, never the password', async () => {
    const bad = await runInProcess([...praise, '--log', 'postgres://sam:s3cret@db.example.org:99999/replyguide']);
    expect(bad).toMatchObject({ code: 2, stdout: '' });
    expect(bad.stderr).toBe('replyguide: the response log database postgres://sam:***@db.example.org:99999/replyguide: not a valid URL (postgres://user@host:5432/database)\n');
    const path = await runInProcess(['log', '--log', 'postgresql://sam:s3cret@db.example.org/team/log']);
    expect(path).toMatchObject({ code: 2, stdout: '' });
    expect(path.stderr).toBe('replyguide: the response log database postgresql://sam:***@db.example.org/team/log: "team/log" is not a database name\n');
    // A role the database refuses (trust auth here, so the password is accepted but the rights are not): the server's reason, the URL masked.
    const url = database();
    cluster.psql("CREATE ROLE agent LOGIN PASSWORD 'right'");
    const wrong = await runInProcess(['log', '--log', url.replace('postgres@', 'agent:wr0ng@')]);
    expect(wrong.code).toBe(2);
    expect(wrong.stderr).toBe(`replyguide: the response log database ${url.replace('postgres@', 'agent:***@')}: permission denied for table replyguide_migrations [42501]\n`);
  });

  it('log migrate creates the schema once: again it says up to date; 4 at once all succeed and apply it once', async () => {
    const url = database(false);
    const shown = url;
    const runs = await Promise.all([1, 2, 3, 4].map(() => runChild([BIN, 'log', 'migrate', '--log', url], {})));
    expect(runs.map((r) => r.code)).toEqual([0, 0, 0, 0]);
    const said = runs.map((r) => r.stdout).sort();
    expect(said).toEqual([
      `Migrated the response log database ${shown} to schema version 2 (applied 1, 2).\n`,
      ...Array(3).fill(`The response log database ${shown} is up to date (schema version 2).\n`),
    ]);
    expect(cluster.psql('SELECT version FROM replyguide_migrations ORDER BY version', url.split('/').pop()).trim()).toBe('1\n2');
    const unmigrated = database(false);
    const before = await runInProcess(['log', '--log', unmigrated]);
    expect(before).toMatchObject({ code: 2, stdout: '' });
    expect(before.stderr).toBe(`replyguide: the response log database ${unmigrated} has no replyguide tables yet; run \`replyguide log migrate --log URL\` once\n`);
  });

  it('two agents on one database see each other: log, followups (with who), done, the hint, stats; the comment only as a hash', async () => {
    const url = database();
    const ana = await runInProcess([...complaint, '-c', 'My bike broke after a week'], { env: { REPLYGUIDE_LOG: url, REPLYGUIDE_AGENT: 'Ana' } });
    expect(ana.code).toBe(0);
    const ben = await runInProcess([...praise, '-c', 'love it'], { env: { REPLYGUIDE_LOG: url, REPLYGUIDE_AGENT: 'Ben' } });
    expect(ben.code).toBe(0);
    const log = await runInProcess(['log', '-f', 'json'], { env: { REPLYGUIDE_LOG: url } });
    const entries = JSON.parse(log.stdout);
    expect(entries.map((e: { agent: string; situation: string }) => [e.agent, e.situation])).toEqual([['Ana', 'complaint'], ['Ben', 'praise']]);
    expect(entries[0]).not.toHaveProperty('comment');
    expect(entries[0].key).toMatch(/^[0-9a-f-]{36}$/);
    expect(cluster.psql('SELECT count(*) FROM replyguide_log', url.split('/').pop())).not.toContain('bike');
    expect(cluster.psql("SELECT line::text FROM replyguide_log", url.split('/').pop())).not.toContain('My bike');
    // The hint on Ben's machine shows Ana's answer, with who.
    const hint = await similarBefore(url, { argv: [], env: runEnv(), cwd: ROOT, stdin: process.stdin, stdout: process.stdout, stderr: process.stderr }, 'complaint');
    expect(hint).toMatchObject({ agent: 'Ana', situation: 'complaint', time: '2026-11-21T12:00:00.000Z', reply: { text: JSON.parse(ana.stdout).reply.text } });
    const open = await runInProcess(['followups', '-f', 'json'], { env: { REPLYGUIDE_LOG: url } });
    expect(open.code).toBe(0);
    const [followUp] = JSON.parse(open.stdout);
    expect(followUp).toMatchObject({ id: `${entries[0].id}-1`, situation: 'complaint', due: '2026-11-23T12:00:00.000Z' });
    expect(followUp.owner).toBe('Ana');
    const text = await runInProcess(['followups'], { env: { REPLYGUIDE_LOG: url } });
    expect(text.stdout.split('\n')[0]).toBe(`due 23 Nov 2026, 12:00 · ${followUp.id} · complaint · Ana`);
    // Ana is off sick: Ben takes it over, and everyone's followups show him.
    const take = await runInProcess(['followups', 'take', followUp.id], { env: { REPLYGUIDE_LOG: url, REPLYGUIDE_AGENT: 'Ben' } });
    expect(take).toMatchObject({ code: 0, stdout: `Ben now owns follow-up ${followUp.id}.\n`, stderr: '' });
    expect(JSON.parse((await runInProcess(['followups', '-f', 'json'], { env: { REPLYGUIDE_LOG: url, REPLYGUIDE_AGENT: 'Ana' } })).stdout)[0].owner).toBe('Ben');
    const byAgent = await runInProcess(['stats', '--by', 'agent'], { env: { REPLYGUIDE_LOG: url } });
    expect(byAgent.stdout).toContain('\nBy agent (situations):\n  Ana  1  (complaint 1)\n  Ben  1  (praise 1)\n');
    const done = await runInProcess(['followups', 'done', followUp.id], { env: { REPLYGUIDE_LOG: url, REPLYGUIDE_AGENT: 'Ben' } });
    expect(done).toMatchObject({ code: 0, stdout: `Follow-up ${followUp.id} done.\n` });
    expect((await runInProcess(['followups', 'done', followUp.id], { env: { REPLYGUIDE_LOG: url } })).stdout).toBe(`Follow-up ${followUp.id} was already done.\n`);
    expect((await runInProcess(['followups', '-f', 'json'], { env: { REPLYGUIDE_LOG: url } })).stdout).toBe('[]\n');
    const stats = JSON.parse((await runInProcess(['stats', '-f', 'json'], { env: { REPLYGUIDE_LOG: url } })).stdout);
    expect(stats.bySituation).toEqual([['complaint', 1], ['praise', 1]]);
    expect(stats.outcomes.scripted).toBe(2);
    // prune is the only delete
    const prune = await runInProcess(['log', 'prune', '--before', '2027-01-01'], { env: { REPLYGUIDE_LOG: url } });
    expect(prune.code).toBe(0);
    expect(cluster.psql('SELECT count(*) FROM replyguide_log', url.split('/').pop()).trim()).toBe('0');
  });

  it('a database on schema 1 (before closed follow-ups were kept) reads right, and log migrate closes what was done', async () => {
    const url = database(false);
    const name = url.split('/').pop();
    cluster.psql(`CREATE TABLE replyguide_migrations (version integer PRIMARY KEY, applied timestamptz NOT NULL DEFAULT now()); ${MIGRATIONS[0]} INSERT INTO replyguide_migrations (version) VALUES (1);`, name);
    const env = { REPLYGUIDE_LOG: url, REPLYGUIDE_AGENT: 'Ana' };
    for (const comment of ['Broken after a week', 'Still no refund', 'Wrong size sent']) expect((await runInProcess([...complaint, '-c', comment], { env })).code).toBe(0);
    const ids = () => runInProcess(['followups', '-f', 'json'], { env }).then((r) => (JSON.parse(r.stdout) as { id: string }[]).map((f) => f.id));
    const [first, second, third] = await ids();
    expect((await runInProcess(['followups', 'done', second], { env })).code).toBe(0);
    expect(await ids()).toEqual([first, third]);
    const migrated = await runInProcess(['log', 'migrate'], { env });
    expect(migrated.stdout).toBe(`Migrated the response log database ${url} to schema version 2 (applied 2).\n`);
    expect(cluster.psql('SELECT id FROM replyguide_followups WHERE closed', name).trim()).toBe(second);
    expect(await ids()).toEqual([first, third]);
    expect((await runInProcess(['followups', 'done', first], { env })).code).toBe(0);
    expect(await ids()).toEqual([third]);
    expect(cluster.psql('SELECT id FROM replyguide_followups WHERE closed ORDER BY id', name).trim().split('\n').sort()).toEqual([first, second].sort());
  });

  it('a done that reaches the database before its follow-up (sent from a spool later) still closes it', async () => {
    const url = database();
    const name = url.split('/').pop();
    expect((await runInProcess([...complaint, '-c', 'Broken after a week'], { env: { REPLYGUIDE_LOG: url } })).code).toBe(0);
    const id = cluster.psql('SELECT id FROM replyguide_followups', name).trim();
    expect(id).toMatch(/^[0-9a-f]{16}-1$/);
    const row = cluster.psql(`SELECT line::text FROM replyguide_log WHERE type = 'triage'`, name).trim();
    cluster.psql('DELETE FROM replyguide_log', name); // as if the triage line had not arrived yet
    expect((await runInProcess(['followups', 'done', id], { env: { REPLYGUIDE_LOG: url } })).code).toBe(2); // unknown to the database yet
    cluster.psql(`INSERT INTO replyguide_log (key, type, time, follow_up, line) VALUES ('done-first', 'done', now(), '${id}', '{}')`, name);
    const client = await connect(url);
    try {
      expect(await insertLine(client, JSON.parse(row))).toBe(true);
    } finally {
      await client.end();
    }
    expect(cluster.psql(`SELECT closed FROM replyguide_followups WHERE id = '${id}'`, name).trim()).toBe('t');
    expect((await runInProcess(['followups', '-f', 'json'], { env: { REPLYGUIDE_LOG: url } })).stdout).toBe('[]\n');
  });

  it('an agent whose role may only read and insert marks a follow-up done, and it is closed for everyone', async () => {
    const url = database();
    const name = url.split('/').pop();
    cluster.psql(`CREATE ROLE clerk${name} LOGIN; GRANT SELECT, INSERT ON replyguide_log, replyguide_followups, replyguide_migrations TO clerk${name}; GRANT USAGE ON SEQUENCE replyguide_log_seq_seq TO clerk${name};`, name);
    const env = { REPLYGUIDE_LOG: url.replace('postgres@', `clerk${name}@`) };
    expect((await runInProcess([...complaint, '-c', 'Broken after a week'], { env })).code).toBe(0);
    const [followUp] = JSON.parse((await runInProcess(['followups', '-f', 'json'], { env })).stdout) as { id: string }[];
    // The first eight digits and the -n name it; the done row carries the whole id, so it closes.
    expect(await runInProcess(['followups', 'done', `${followUp.id.slice(0, 8)}-1`], { env })).toMatchObject({ code: 0, stdout: `Follow-up ${followUp.id} done.\n`, stderr: '' });
    expect((await runInProcess(['followups', '-f', 'json'], { env: { REPLYGUIDE_LOG: url } })).stdout).toBe('[]\n');
  });

  it('16 agents × 50 lines at once, each sent twice (a retry): all 800 stored, none twice', async () => {
    const url = database();
    const helper = join(ROOT, 'tests/log/pg-append-many.mjs');
    const runs = await Promise.all(Array.from({ length: 16 }, (_, i) => runChild([helper, url, `agent${i}`, '50', 'again'], {})));
    expect(runs.map((r) => [r.code, r.stderr])).toEqual(Array(16).fill([0, '']));
    const db = url.split('/').pop();
    expect(cluster.psql("SELECT count(*), count(DISTINCT key), count(DISTINCT agent) FROM replyguide_log", db).trim()).toBe('800|800|16');
    expect(cluster.psql('SELECT count(*) FROM replyguide_followups', db).trim()).toBe('800');
    const due = await runInProcess(['followups', '--due', '-f', 'json'], { env: { REPLYGUIDE_LOG: url, REPLYGUIDE_NOW: '2026-11-23T00:00:00Z' } });
    expect(JSON.parse(due.stdout)).toHaveLength(800);
  }, 60_000);

  it('the server stopped mid-run: triage still answers, the entries are spooled, and sent once after the restart', async () => {
    const url = database();
    const data = mkdtempSync(join(tmpdir(), 'replyguide-data-'));
    const env = { REPLYGUIDE_LOG: url, XDG_DATA_HOME: data, REPLYGUIDE_AGENT: 'Ana' };
    const spool = join(data, 'replyguide', 'spool.jsonl');
    const first = await runChild([BIN, ...complaint, '-c', 'first'], env);
    expect([first.code, first.stderr]).toEqual([0, '']);
    cluster.stop();
    try {
      for (const comment of ['second', 'third']) {
        const down = await runChild([BIN, ...complaint, '-c', comment], env);
        expect(down.code).toBe(0);
        expect(JSON.parse(down.stdout).situation.id).toBe('complaint'); // the reply is shown
        expect(down.stderr).toMatch(new RegExp(`^replyguide: cannot reach the response log database ${url.replace(/[.?]/g, '\\$&')} \\(ECONNREFUSED\\); kept in ${spool}, sent by \`replyguide log sync\` or the next run that reaches it\\n$`));
      }
      expect(readFileSync(spool, 'utf8').trim().split('\n')).toHaveLength(2);
      const sync = await runChild([BIN, 'log', 'sync'], env);
      expect(sync.code).toBe(2);
      expect(sync.stderr).toBe(`replyguide: cannot reach the response log database ${url} (ECONNREFUSED)\n`);
    } finally {
      cluster.restart();
    }
    // A queue while the server is down: the rows go on, spooled; a second run passes over them.
    cluster.stop();
    try {
      const queue = join(data, 'queue.jsonl');
      writeFileSync(queue, [{ id: 'q1', text: 'Still waiting for my refund' }, { id: 'q2', text: 'Refund please' }].map((r) => JSON.stringify(r)).join('\n') + '\n');
      const args = ['triage', '--queue', queue, '--no-input', '--format', 'json', '-a', 'kind=complaint', '-a', 'our_fault=no', '-a', 'private_data=no', '-a', 'tried_before=no', '-a', 'own_details=no'];
      const first = await runChild([BIN, ...args], env);
      expect(first.code).toBe(0);
      expect(first.stdout.trim().split('\n').map((l) => JSON.parse(l).status)).toEqual(['planned', 'planned', undefined]);
      expect(first.stderr.split('\n')[0]).toBe(`replyguide: cannot reach the response log database ${url} (ECONNREFUSED); the queue passes over only the rows kept in ${spool}`);
      const second = await runChild([BIN, ...args], env);
      expect(second.stdout.trim().split('\n').map((l) => JSON.parse(l).status)).toEqual(['already-logged', 'already-logged', undefined]);
    } finally {
      cluster.restart();
    }
    const sync = await runChild([BIN, 'log', 'sync'], env);
    expect(sync).toMatchObject({ code: 0, stderr: `replyguide: sent 4 spooled lines to the response log database ${url}\n`, stdout: `The spool ${spool} is sent to ${url}; nothing waits.\n` });
    expect(existsSync(spool)).toBe(false);
    expect((await runChild([BIN, 'log', 'sync'], env)).stdout).toBe(`Nothing waits in ${spool}.\n`);
    const log = JSON.parse((await runChild([BIN, 'log', '-f', 'json'], env)).stdout);
    expect(log).toHaveLength(5);
    expect(new Set(log.map((e: { key: string }) => e.key)).size).toBe(5);
  }, 60_000);
});
