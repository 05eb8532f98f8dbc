import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

/**
 * Opens PGlite, the embedded Postgres: on disk under `dataDir` (created when missing), or in
 * memory when `dataDir` is undefined. One process owns a PGlite directory at a time.
 */
export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // Same value shapes as the PostgreSQL driver: dates as `YYYY-MM-DD` strings, int8 as strings.
  const parsers = { [types.DATE]: (value: string) => value, [types.INT8]: (value: string) => value };
  const db = new PGlite({ ...(dataDir ? { dataDir } : {}), parsers });
  await db.waitReady;
  const query = async <R>(q: Pick<PGlite, 'query'>, sql: string, params?: readonly unknown[]) =>
    (await q.query<R>(sql, params ? [...params] : undefined)).rows;
  return {
    kind: 'pglite',
    query: (sql, params) => query(db, sql, params),
    transaction: (fn, options) =>
      db.transaction(async (tx) => {
        // PGlite runs one connection, so every transaction is already serial; the level is set for parity.
        if (options?.isolation === 'serializable') await tx.query('SET TRANSACTION ISOLATION LEVEL SERIALIZABLE');
        const scoped: Queryable = { query: (sql, params) => query(tx, sql, params) };
        return fn(scoped);
      }),
    async listen(channel, onNotify) {
      const stop = await db.listen(channel, onNotify);
      return async () => { await stop(); };
    },
    close: () => db.close(),
  };
}
