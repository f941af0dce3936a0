import { afterAll, describe, it } from 'vitest';
import { defineCentreSuite } from '../../test/support/centre/centreSuite';
import { POSTGRES_MISSING, postgresBinDir, startPostgres } from '../../test/support/centre/postgresServer';
import { openPostgres } from './db';

// Integration tests: the same suite as on PGlite, against a real PostgreSQL server these tests start and stop.
const bin = postgresBinDir();
if (!bin) {
  console.warn(POSTGRES_MISSING);
  describe.skip('centre service on a real PostgreSQL server', () => it('needs PostgreSQL', () => {}));
} else {
  let server: Awaited<ReturnType<typeof startPostgres>> | undefined;
  afterAll(() => server?.stop());
  defineCentreSuite('centre service on a real PostgreSQL server', async () => {
    server = await startPostgres(bin);
    return openPostgres(server.url());
  });
}
