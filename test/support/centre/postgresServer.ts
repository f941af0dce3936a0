import { execFileSync, spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The bin folder of the newest Debian PostgreSQL server installed (`apt-get install postgresql`), or null. */
export function postgresBinDir(): string | null {
  const root = '/usr/lib/postgresql';
  if (!existsSync(root)) return null;
  const versions = readdirSync(root)
    .filter((v) => existsSync(join(root, v, 'bin', 'initdb')) && existsSync(join(root, v, 'bin', 'pg_ctl')))
    .sort((a, b) => Number(b) - Number(a));
  return versions[0] ? join(root, versions[0], 'bin') : null;
}

export const POSTGRES_MISSING =
  'PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin: the real-PostgreSQL tests are skipped. Install them with `apt-get install -y postgresql`.';

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const a = s.address();
      s.close(() => resolve(typeof a === 'object' && a ? a.port : 0));
    });
  });
}

/**
 * A throwaway PostgreSQL server: `initdb` in a temp folder, `pg_ctl start` on a free loopback port (as the postgres
 * user when running as root, since PostgreSQL refuses to run as root), and `stop()` to shut it down and delete it.
 */
/**
 * A throwaway PostgreSQL server in a temp folder on a free port. Tests run it with `fsync=off` (speed; the folder is
 * thrown away); `durable: true` keeps PostgreSQL's default flushing, as a centre's real server runs (benches).
 */
export async function startPostgres(
  bin: string,
  { durable = false }: { durable?: boolean } = {},
): Promise<{ url: (db?: string) => string; stop: () => void }> {
  const dir = mkdtempSync(join(tmpdir(), 'sgl-pg-'));
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const pw = execFileSync('id', ['-u', 'postgres']).toString().trim();
    chownSync(dir, Number(pw), Number(pw));
  }
  const run = (cmd: string, args: string[]) => {
    const full = asRoot ? ['runuser', ['-u', 'postgres', '--', join(bin, cmd), ...args]] : [join(bin, cmd), args];
    const r = spawnSync(full[0] as string, full[1] as string[], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  const port = await freePort();
  run('initdb', ['-D', join(dir, 'db'), '-A', 'trust', '-U', 'sgl', '-E', 'UTF8', '--no-locale']);
  run('pg_ctl', [
    '-D',
    join(dir, 'db'),
    '-o',
    `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1${durable ? '' : ' -c fsync=off'}`,
    '-l',
    join(dir, 'log'),
    '-w',
    'start',
  ]);
  return {
    url: (db = 'postgres') => `postgres://sgl@127.0.0.1:${port}/${db}`,
    stop: () => {
      try {
        run('pg_ctl', ['-D', join(dir, 'db'), '-m', 'fast', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
