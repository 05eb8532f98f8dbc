import { resolve } from 'node:path';
import type { Database } from './database.js';
import { migrate } from './migrate.js';
import { openPglite } from './pglite.js';
import { openPostgres } from './postgres.js';

/** Where the database lives. */
export type DatabaseConfig =
  | { readonly kind: 'postgres'; readonly url: string }
  | { readonly kind: 'pglite'; /** Undefined keeps it in memory. */ readonly dataDir?: string };

/** PostgreSQL when `DATABASE_URL` is set, else PGlite under `CITADEL_DATA_DIR` (default `<root>/data`)`/pglite`. */
export function databaseConfigFromEnv(root: string, env: NodeJS.ProcessEnv = process.env): DatabaseConfig {
  return env.DATABASE_URL
    ? { kind: 'postgres', url: env.DATABASE_URL }
    : { kind: 'pglite', dataDir: resolve(env.CITADEL_DATA_DIR ?? resolve(root, 'data'), 'pglite') };
}

/** Opens the database and brings its schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const db = config.kind === 'postgres' ? await openPostgres(config.url) : await openPglite(config.dataDir);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
