import { join } from 'node:path';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import type { Migration } from './migration.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

/** Where the data lives: PostgreSQL at `databaseUrl` when given, else PGlite in `dataDir/pglite` (memory without either). */
export interface DatabaseLocation {
  readonly databaseUrl?: string | undefined;
  readonly dataDir?: string | undefined;
}

/** What `openDatabase` opens and how it brings the schema up to date. */
export interface OpenDatabaseOptions extends DatabaseLocation {
  readonly migrations: readonly Migration[];
  /**
   * The app's own name for its migration lock, such as its app id: PostgreSQL's `hashtext` turns
   * it into the advisory-lock key, so apps sharing one PostgreSQL pick names, not numbers.
   */
  readonly lockName: string;
}

/** Opens the backend's database and applies its migrations. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const db = options.databaseUrl
    ? await openPostgres(options.databaseUrl)
    : await openPglite(options.dataDir ? join(options.dataDir, 'pglite') : undefined);
  try {
    await migrate(db, options.migrations, options.lockName);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
