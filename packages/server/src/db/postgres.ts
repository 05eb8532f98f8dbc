import pg from 'pg';
import type { Database, Queryable } from './database.js';

// Dates stay strings (`date` columns are calendar days, not instants); bigint counts become numbers
// only where a query casts them.
pg.types.setTypeParser(pg.types.builtins.DATE, (value: string) => value);

/** Opens a PostgreSQL pool on `url` (a `postgres://` connection string). */
export async function openPostgres(url: string, options: { max?: number } = {}): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: options.max ?? 10 });
  // A dropped idle connection must not crash the server; the pool replaces it.
  pool.on('error', () => undefined);
  const client = await pool.connect();
  client.release();
  const on = (q: pg.Pool | pg.PoolClient): Queryable => ({
    query: async (sql, params) => (await q.query(sql, params ? [...params] : undefined)).rows,
  });
  return {
    kind: 'postgres',
    ...on(pool),
    async transaction(fn, options) {
      const connection = await pool.connect();
      try {
        await connection.query(options?.isolation === 'serializable' ? 'BEGIN ISOLATION LEVEL SERIALIZABLE' : 'BEGIN');
        const result = await fn(on(connection));
        await connection.query('COMMIT');
        return result;
      } catch (error) {
        await connection.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        connection.release();
      }
    },
    close: () => pool.end(),
  };
}
