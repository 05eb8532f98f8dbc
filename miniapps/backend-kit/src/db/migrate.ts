import type { Database } from './database.js';
import type { Migration } from './migration.js';

/**
 * Applies every migration not yet recorded, each in its own transaction, and returns the
 * versions applied. `lockName` is the app's own name for the advisory lock (its key is
 * `hashtext(lockName)`), so two processes starting at once on one PostgreSQL apply each migration once.
 */
export async function migrate(db: Database, migrations: readonly Migration[], lockName: string): Promise<number[]> {
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockName]);
    await tx.query('CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())');
  });
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock(hashtext($1))', [lockName]);
      if ((await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version])).length > 0) return false;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
