import pg from 'pg';
import type { Database, Queryable } from './database.js';

/** Opens a PostgreSQL pool on `url` (a `postgres://` connection string). */
export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 5 });
  pool.on('error', () => undefined); // a dropped idle connection is replaced, never a crash
  (await pool.connect()).release();
  const on = (q: pg.Pool | pg.PoolClient): Queryable => ({
    query: async (sql, params) => (await q.query(sql, params ? [...params] : undefined)).rows,
  });
  return {
    kind: 'postgres',
    ...on(pool),
    async transaction(fn) {
      const connection = await pool.connect();
      try {
        await connection.query('BEGIN');
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
