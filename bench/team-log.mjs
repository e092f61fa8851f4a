// The shared response log (issue 19): append and `followups --due` latency on a log of 1M lines, the
// JSON Lines file against PostgreSQL. Needs a database to fill: REPLYGUIDE_BENCH_PG=postgres://… (an
// empty database it may migrate and write to); without it, bench/run.mjs reports it as skipped.
// Runs on its own too: REPLYGUIDE_BENCH_PG=… node bench/team-log.mjs [lines]
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { generateLog } from './generate-log.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const bin = join(root, 'bin/replyguide.js');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const triage = ['triage', '--no-input', '--format', 'json', '-c', 'Where is my refund?', '-a', 'kind=complaint', '-a', 'our_fault=yes', '-a', 'private_data=no', '-a', 'name=Sam', '--agent', 'Kim'];

function time(args, env) {
  const start = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [bin, ...args], { cwd: root, env, stdio: ['ignore', 'ignore', 'pipe'] });
  const ms = Number(process.hrtime.bigint() - start) / 1e6;
  if (r.status !== 0) throw new Error(`${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return ms;
}

/** Copies a generated JSON Lines log into the database in batches (one statement per batch). */
async function load(url, file) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const lines = readFileSync(file, 'utf8').split('\n').filter(Boolean);
  for (let i = 0; i < lines.length; i += 5000) {
    const batch = `[${lines.slice(i, i + 5000).join(',')}]`;
    await client.query(`WITH l AS (
        INSERT INTO replyguide_log (key, type, time, playbook, situation, follow_up, line)
        SELECT md5(j::text) || '-' || ord, j->>'type', (j->>'time')::timestamptz, j->>'playbook', CASE WHEN j->>'type' = 'triage' THEN j->>'situation' END, j->>'followUp', j
        FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS a(j, ord) RETURNING seq, line)
      INSERT INTO replyguide_followups (id, seq, due)
        SELECT f->>'id', l.seq, (f->>'due')::timestamptz FROM l, jsonb_array_elements(l.line->'followUps') f WHERE l.line->>'type' = 'triage'`, [batch]);
  }
  await client.query('ANALYZE');
  await client.end();
}

export async function teamLogRows(url, lines = 1_000_000, baseEnv = process.env) {
  const env = { ...baseEnv, NO_COLOR: '1', REPLYGUIDE_NOW: '2026-01-01T00:00:00Z' };
  delete env.NODE_EXTRA_CA_CERTS;
  const dir = mkdtempSync(join(tmpdir(), 'replyguide-bench-team-'));
  const rows = [];
  try {
    const file = join(dir, 'log.jsonl');
    await generateLog(file, lines);
    const migrate = spawnSync(process.execPath, [bin, 'log', 'migrate', '--log', url], { env, encoding: 'utf8' });
    if (migrate.status !== 0) throw new Error(migrate.stderr);
    await load(url, file);
    const label = lines >= 1e6 ? `${lines / 1e6}M` : `${lines / 1e3}k`;
    for (const [name, log] of [['file', file], ['PostgreSQL', url]]) {
      const e = { ...env, REPLYGUIDE_LOG: log, XDG_DATA_HOME: dir };
      time(triage, e);
      const append = median([0, 1, 2, 3, 4].map(() => time(triage, e)));
      const due = median([0, 1, 2].map(() => time(['followups', '--due'], e)));
      rows.push({ name: `team log, ${label} lines, ${name}: triage with append`, value: `${append.toFixed(0)} ms` });
      rows.push({ name: `team log, ${label} lines, ${name}: followups --due`, value: `${due.toFixed(0)} ms` });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  return rows;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  if (!process.env.REPLYGUIDE_BENCH_PG) throw new Error('set REPLYGUIDE_BENCH_PG=postgres://… (an empty database)');
  for (const r of await teamLogRows(process.env.REPLYGUIDE_BENCH_PG, Number(process.argv[2] ?? 1_000_000))) console.log(`${r.name.padEnd(60)}  ${r.value}`);
}
