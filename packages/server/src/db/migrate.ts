import type { Database } from './database.js';
import { migrations } from './migrations/index.js';

// One constant advisory-lock key: two processes starting at once apply each migration once.
const MIGRATION_LOCK = 7_140_323;

/**
 * Applies every migration not yet recorded in `schema_migrations`, in order, each in its own
 * transaction under an advisory lock. Returns the versions it applied.
 */
export async function migrate(db: Database): Promise<number[]> {
  // Under the lock too: two concurrent `CREATE TABLE IF NOT EXISTS` can both miss the table and
  // one then fails on the catalogue's unique index (seen with two processes starting at once).
  await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    await tx.query(`CREATE TABLE IF NOT EXISTS schema_migrations (
      version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`);
  });
  const applied: number[] = [];
  for (const migration of migrations) {
    const done = await db.transaction(async (tx) => {
      await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
      const seen = await tx.query('SELECT 1 FROM schema_migrations WHERE version = $1', [migration.version]);
      if (seen.length > 0) return false;
      for (const statement of migration.statements) await tx.query(statement);
      await tx.query('INSERT INTO schema_migrations (version, name) VALUES ($1, $2)', [migration.version, migration.name]);
      return true;
    });
    if (done) applied.push(migration.version);
  }
  return applied;
}
