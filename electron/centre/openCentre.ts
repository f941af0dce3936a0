import { createWriteStream } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { openPglite, openPostgres, type Db } from './db';
import { migrate } from './migrate';
import { startCentre } from './server';
import { loadOrCreateTls } from './tls';

export interface CentreLaunch {
  dataDir: string;
  host: string;
  port: number;
  /** postgres://… for a real PostgreSQL server; otherwise the embedded one in `<dataDir>/pgdata`. */
  databaseUrl?: string | undefined;
  /** Plain HTTP, chosen by the teacher for a LAN they trust; otherwise HTTPS with the centre's own certificate. */
  plainHttp?: boolean;
  now?: () => number;
  log?: (line: string) => void;
}

/** The local calendar day of `t` as YYYY-MM-DD. */
export function localDay(t: number): string {
  const d = new Date(t);
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/** Opens the database, applies migrations and starts listening; access lines go to `<dataDir>/access.log`. */
export async function openCentre(l: CentreLaunch) {
  await mkdir(l.dataDir, { recursive: true });
  const db: Db = l.databaseUrl ? await openPostgres(l.databaseUrl) : await openPglite(join(l.dataDir, 'pgdata'));
  await migrate(db);
  const access = createWriteStream(join(l.dataDir, 'access.log'), { flags: 'a' });
  const now = l.now ?? Date.now;
  const tls = l.plainHttp ? undefined : await loadOrCreateTls(l.dataDir, l.host);
  const centre = await startCentre({
    tls,
    db,
    host: l.host,
    port: l.port,
    now,
    today: () => localDay(now()),
    logAccess: (line) => access.write(line + '\n'),
    log: l.log ?? ((line) => console.error(line)),
  });
  return {
    ...centre,
    db,
    fingerprint: tls?.fingerprint ?? null,
    close: async () => {
      await centre.close();
      await db.close();
      await new Promise<void>((resolve) => access.end(resolve));
    },
  };
}
