/**
 * A PostgreSQL for the service's tests. CI (.ci/run) starts Debian's server and passes
 * SERVICE_TEST_PG_URL (a user allowed to create databases). Without it, a throw-away cluster is made
 * from Debian's binaries (apt-get install postgresql) in a temporary folder, on loopback, and removed
 * afterwards. No PostgreSQL at all fails the run: the tests are never skipped.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = createServer().listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

function binDir(): string {
  const base = '/usr/lib/postgresql';
  const versions = existsSync(base) ? readdirSync(base).filter((v) => existsSync(join(base, v, 'bin', 'initdb'))) : [];
  if (versions.length === 0) {
    throw new Error('PostgreSQL is not installed: the service tests run against it. Install Debian’s package (apt-get install postgresql) or set SERVICE_TEST_PG_URL.');
  }
  return join(base, versions.sort((a, b) => Number(b) - Number(a))[0]!, 'bin');
}

/** Starts a private cluster; returns its admin URL and how to stop it. */
export async function startCluster(): Promise<{ url: string; stop: () => void }> {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'ctt-pg-'));
  const data = join(dir, 'data');
  // initdb refuses to run as root: run the server as Debian's postgres user then.
  const asRoot = process.getuid?.() === 0;
  const run = (cmd: string, args: string[]) => {
    const full = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] as const : [join(bin, cmd), args] as const;
    const r = spawnSync(full[0], [...full[1]], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  if (asRoot) {
    chmodSync(dir, 0o777);
    execFileSync('chown', ['postgres', dir]);
  }
  run('initdb', ['-D', data, '-U', 'ctt', '--auth=trust', '-E', 'UTF8', '--no-locale', '--no-sync']);
  const port = await freePort();
  run('pg_ctl', ['-D', data, '-w', '-l', join(dir, 'log'), '-o', `-k ${dir} -p ${port} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`, 'start']);
  let stopped = false;
  const stop = () => {
    if (stopped) return;
    stopped = true;
    try {
      run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  // A run that ends without its teardown (no test files matched, a crash) must not leave a server behind.
  process.once('exit', stop);
  return { url: `postgres://ctt@127.0.0.1:${port}/postgres`, stop };
}

/** A new, empty database on the server at `adminUrl`; returns its URL. */
export async function freshDatabase(adminUrl: string): Promise<string> {
  const name = `ctt_test_${process.pid}_${Math.random().toString(36).slice(2, 10)}`;
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
