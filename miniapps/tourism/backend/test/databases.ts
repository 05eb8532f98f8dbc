import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../src/db/database.js';
import { openDatabase } from '../src/db/open.js';

/** One database the suites run against: PGlite in memory, or a fresh database on the test PostgreSQL. */
export interface TestDatabase {
  readonly name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

async function createPostgresDatabase(): Promise<string> {
  const admin = new URL(process.env['DATABASE_URL'] ?? inject('postgresUrl'));
  const name = `tourism_test_${randomBytes(6).toString('hex')}`;
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
  { name: 'pglite', open: () => openDatabase({}) },
  { name: 'postgres', open: async () => openDatabase({ databaseUrl: await createPostgresDatabase() }) },
];
