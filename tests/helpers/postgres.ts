// A throwaway PostgreSQL cluster for tests: initdb + pg_ctl under a fresh temporary folder, on a free
// local port (127.0.0.1) and a unix socket in that folder; trust auth. One cluster per test file at most:
// start it in beforeAll, stop it (and remove the folder) in afterAll. initdb refuses to run as root, so
// as root (CI, this machine) the cluster runs as the `postgres` user with the folder chowned to it.
// Debian's package may auto-start its own cluster; this one never depends on it.
import { execFileSync } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export interface PgCluster {
  /** The folder holding the data directory and the socket. */
  dir: string;
  /** The unix socket directory. */
  socketDir: string;
  port: number;
  /** A URL for database `name` over TCP (user `postgres`, trust auth). */
  url: (name?: string) => string;
  /** Runs SQL through psql (over the socket) and returns its unaligned output. */
  psql: (sql: string, database?: string) => string;
  stop: () => void;
  /** Starts the server again after `stop` (same data, same port). */
  restart: () => void;
  /** Stops the server and removes the folder. */
  destroy: () => void;
}

/** The newest PostgreSQL bin folder: /usr/lib/postgresql/N/bin, else `initdb` on PATH; undefined if none. */
export function findPgBin(): string | undefined {
  const root = '/usr/lib/postgresql';
  if (existsSync(root)) {
    const versions = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb')))
      .sort((a, b) => Number(b) - Number(a));
    if (versions.length > 0) return join(root, versions[0]!, 'bin');
  }
  for (const dir of (process.env.PATH ?? '').split(':')) {
    if (dir && existsSync(join(dir, 'initdb')) && existsSync(join(dir, 'pg_ctl'))) return dir;
  }
  return undefined;
}

/** Why PostgreSQL tests skip, or undefined when they can run. */
export function pgSkipReason(): string | undefined {
  return findPgBin() === undefined
    ? 'PostgreSQL binaries (initdb, pg_ctl) not found in /usr/lib/postgresql/*/bin or on PATH: apt-get install postgresql'
    : undefined;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;

function postgresIds(): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
  const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
  return { uid, gid };
}

/** Runs a PostgreSQL binary, as the `postgres` user when we are root. */
function run(bin: string, args: string[]): string {
  const [file, argv] = isRoot ? ['runuser', ['-u', 'postgres', '--', bin, ...args]] : [bin, args];
  return execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, LC_ALL: 'C' } });
}

export async function startCluster(): Promise<PgCluster> {
  const bin = findPgBin();
  if (bin === undefined) throw new Error(pgSkipReason());
  const dir = mkdtempSync(join(tmpdir(), 'replyguide-pg-'));
  if (isRoot) {
    const { uid, gid } = postgresIds();
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  const data = join(dir, 'data');
  const socketDir = dir;
  const port = await freePort();
  run(join(bin, 'initdb'), ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync', '-E', 'UTF8', '--locale=C']);
  const start = (): void => {
    run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '60', '-o',
      `-p ${port} -k ${socketDir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off`,
      'start']);
  };
  const stop = (): void => {
    try { run(join(bin, 'pg_ctl'), ['-D', data, '-m', 'fast', '-w', 'stop']); } catch { /* already stopped */ }
  };
  start();
  return {
    dir,
    socketDir,
    port,
    url: (name = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${name}`,
    psql: (sql, database = 'postgres') =>
      run(join(bin, 'psql'), ['-h', socketDir, '-p', String(port), '-U', 'postgres', '-d', database, '-X', '-A', '-t', '-v', 'ON_ERROR_STOP=1', '-c', sql]),
    stop,
    restart: start,
    destroy: () => {
      stop();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
