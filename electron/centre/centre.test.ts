import { defineCentreSuite } from '../../test/support/centre/centreSuite';
import { openPglite } from './db';

defineCentreSuite('centre service on the embedded PostgreSQL (PGlite)', () => openPglite());
