import type { Database } from './database.js';
import type { Migration } from './migration.js';

/**
 * Applies every migration not yet recorded, each in its own transaction, and returns the
 * versions applied. `lockKey` is an advisory-lock key of the app's own, so two processes
 * starting at once on one PostgreSQL apply each migration once.
 */
export async function migrate(db: Database, migrations: readonly Migration[], lockKey: number): Promise<number[]> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [lockKey]);
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
  });
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [lockKey]);
      if ((await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version])).length > 0) return false;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
