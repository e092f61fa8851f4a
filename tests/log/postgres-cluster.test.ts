// The throwaway cluster the PostgreSQL log tests run against (tests/helpers/postgres.ts) starts, takes
// SQL over its socket and TCP port, survives a stop and restart, and leaves nothing behind.
import { existsSync } from 'node:fs';
import { connect } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pgSkipReason, startCluster, type PgCluster } from '../helpers/postgres.js';

const skip = pgSkipReason();
if (skip !== undefined) console.warn(`skipping PostgreSQL tests: ${skip}`);

function tcpOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1');
    socket.once('connect', () => { socket.destroy(); resolve(true); });
    socket.once('error', () => resolve(false));
  });
}

describe.skipIf(skip !== undefined)('a throwaway PostgreSQL cluster', () => {
  let cluster: PgCluster;
  beforeAll(async () => { cluster = await startCluster(); }, 120_000);
  afterAll(() => { cluster?.destroy(); });

  it('answers SQL in a database of its own, and listens on 127.0.0.1 at its port', async () => {
    cluster.psql('CREATE DATABASE t1');
    cluster.psql('CREATE TABLE x (n int); INSERT INTO x SELECT generate_series(1, 3)', 't1');
    expect(cluster.psql('SELECT sum(n) FROM x', 't1').trim()).toBe('6');
    expect(await tcpOpen(cluster.port)).toBe(true);
    expect(cluster.url('t1')).toBe(`postgres://postgres@127.0.0.1:${cluster.port}/t1`);
  });

  it('keeps its data across a stop and a restart, and refuses connections while stopped', async () => {
    cluster.stop();
    expect(await tcpOpen(cluster.port)).toBe(false);
    cluster.restart();
    expect(cluster.psql('SELECT count(*) FROM x', 't1').trim()).toBe('3');
  });

  it('is removed whole by destroy', () => {
    const dir = cluster.dir;
    cluster.destroy();
    expect(existsSync(dir)).toBe(false);
    cluster = undefined as unknown as PgCluster;
  });
});
