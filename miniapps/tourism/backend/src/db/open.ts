import { join } from 'node:path';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

/** Where the data lives: PostgreSQL at `databaseUrl` when given, else PGlite in `dataDir/pglite` (memory without either). */
export interface DatabaseLocation {
  readonly databaseUrl?: string | undefined;
  readonly dataDir?: string | undefined;
}

/** Opens and migrates the backend's database. */
export async function openDatabase(location: DatabaseLocation): Promise<Database> {
  const db = location.databaseUrl
    ? await openPostgres(location.databaseUrl)
    : await openPglite(location.dataDir ? join(location.dataDir, 'pglite') : undefined);
  await migrate(db);
  return db;
}
