import { mkdirSync } from 'node:fs';
import { PGlite, types } from '@electric-sql/pglite';
import type { Database, Queryable } from './database.js';

/** Opens PGlite on disk under `dataDir` (created when missing), or in memory without one. */
export async function openPglite(dataDir?: string): Promise<Database> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  // int8 as strings, as the PostgreSQL driver gives them: counts are cast where a number is wanted.
  const db = new PGlite({ ...(dataDir ? { dataDir } : {}), parsers: { [types.INT8]: (value: string) => value } });
  await db.waitReady;
  const on = (q: Pick<PGlite, 'query'>): Queryable => ({
    query: async (sql, params) => (await q.query<never>(sql, params ? [...params] : undefined)).rows,
  });
  return {
    kind: 'pglite',
    ...on(db),
    transaction: (fn) => db.transaction((tx) => fn(on(tx))),
    close: () => db.close(),
  };
}
