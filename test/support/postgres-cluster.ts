import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';

/**
 * A throwaway PostgreSQL cluster for tests: initdb into a temporary folder, started by pg_ctl on a free
 * loopback port, trust authentication for the loopback only. As root it runs as the `postgres` user
 * (initdb refuses root), through runuser with an argument array. Debian's postgresql package provides the
 * binaries (/usr/lib/postgresql/<major>/bin); .ci/run installs it.
 */
export interface PostgresCluster {
  url: string;
  stop(): void;
}

/** The bin folder of the newest installed PostgreSQL, or null. */
export function postgresBinDir(): string | null {
  const explicit = process.env.INFERGATE_POSTGRES_BIN;
  if (explicit) return existsSync(join(explicit, 'initdb')) ? explicit : null;
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const majors = readdirSync(root).filter((v) => existsSync(join(root, v, 'bin', 'initdb'))).sort((a, b) => Number(b) - Number(a));
  return majors[0] ? join(root, majors[0], 'bin') : null;
}

/** Why the PostgreSQL tests cannot run here, or null when they can. INFERGATE_REQUIRE_POSTGRES=1 turns it into a failure. */
export function postgresUnavailable(): string | null {
  if (postgresBinDir() === null) return 'PostgreSQL binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql, or set INFERGATE_POSTGRES_BIN)';
  if (userInfo().uid === 0) {
    try {
      execFileSync('id', ['-u', 'postgres'], { stdio: 'ignore' });
    } catch {
      return 'running as root and there is no "postgres" user to run the cluster as';
    }
  }
  return null;
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export async function startPostgresCluster(): Promise<PostgresCluster> {
  const bin = postgresBinDir();
  if (bin === null) throw new Error(postgresUnavailable() ?? 'no PostgreSQL');
  const dir = mkdtempSync(join(tmpdir(), 'infergate-pg-'));
  const asRoot = userInfo().uid === 0;
  const run = (tool: string, args: string[]) => {
    const argv = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, tool), ...args]] as const : [join(bin, tool), args] as const;
    execFileSync(argv[0], [...argv[1]], { stdio: 'pipe', env: { PATH: process.env.PATH ?? '/usr/bin:/bin', LANG: 'C', LC_ALL: 'C' } });
  };
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString().trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString().trim());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-U', 'infergate', '-A', 'trust', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  // -w waits until the server accepts connections (pg_ctl polls it); -t is only a backstop.
  run('pg_ctl', ['-D', data, '-l', join(dir, 'server.log'), '-w', '-t', '300', '-o', `-p ${port} -h 127.0.0.1 -k ${dir} -F`, 'start']);
  let stopped = false;
  return {
    url: `postgres://infergate@127.0.0.1:${port}/postgres`,
    stop() {
      if (stopped) return;
      stopped = true;
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
