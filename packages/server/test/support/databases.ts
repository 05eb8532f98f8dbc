import { randomBytes } from 'node:crypto';
import { inject } from 'vitest';
import pg from 'pg';
import type { Database } from '../../src/db/database.js';
import { migrate } from '../../src/db/migrate.js';
import { openPglite } from '../../src/db/pglite.js';
import { openPostgres } from '../../src/db/postgres.js';

/** One database a suite runs against: a fresh, migrated, empty database each time `open` is called. */
export interface TestDatabase {
  readonly name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

/** Creates a fresh database on the test PostgreSQL and returns its connection string. */
export async function createPostgresDatabase(): Promise<string> {
  const admin = new URL(inject('postgresUrl'));
  const name = `citadel_test_${randomBytes(6).toString('hex')}`;
  const client = new pg.Client({ connectionString: admin.href });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  admin.pathname = `/${name}`;
  return admin.href;
}

/** Both databases, for `describe.each`: the same suite must pass on PGlite and on PostgreSQL. */
export const testDatabases: readonly TestDatabase[] = [
  {
    name: 'pglite',
    async open() {
      const db = await openPglite();
      await migrate(db);
      return db;
    },
  },
  {
    name: 'postgres',
    async open() {
      const db = await openPostgres(await createPostgresDatabase());
      await migrate(db);
      return db;
    },
  },
];
