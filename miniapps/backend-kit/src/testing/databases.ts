import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { inject } from 'vitest';
import type { Database } from '../db/database.js';
import type { DatabaseLocation } from '../db/open.js';

/** One database a suite runs against: PGlite in memory, or a fresh database on the test PostgreSQL. */
export interface TestDatabase {
  readonly name: 'pglite' | 'postgres';
  open(): Promise<Database>;
}

/** A new, empty database on the test PostgreSQL (`DATABASE_URL`, else the one the root test setup started). */
async function createPostgresDatabase(): Promise<string> {
  const admin = new URL(process.env['DATABASE_URL'] ?? inject('postgresUrl' as never));
  const name = `miniapp_test_${randomBytes(6).toString('hex')}`;
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

/**
 * Both databases, for `describe.each`: the same suite must pass on PGlite and on PostgreSQL.
 * `open` is the app's own opener (its migrations), given where the data lives.
 */
export function testDatabases(open: (location: DatabaseLocation) => Promise<Database>): readonly TestDatabase[] {
  return [
    { name: 'pglite', open: () => open({}) },
    { name: 'postgres', open: async () => open({ databaseUrl: await createPostgresDatabase() }) },
  ];
}
