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
  const listener = createListener(url);
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
    listen: (channel, onNotify) => listener.listen(channel, onNotify),
    close: async () => {
      await listener.close();
      await pool.end();
    },
  };
}

/** How long a dropped listening connection waits before it connects again. */
const RELISTEN_MS = 1_000;

/**
 * One connection outside the pool for `LISTEN` (a pooled one would be handed to queries), opened on
 * the first `listen` and closed with the last; it connects again after a drop, and listens again on
 * every channel. A `NOTIFY` sent while it was down is lost: callers re-read on a timer too.
 */
function createListener(url: string) {
  const channels = new Map<string, Set<(payload: string) => void>>();
  let client: pg.Client | undefined;
  let connecting: Promise<pg.Client> | undefined;
  let closed = false;
  const ident = (channel: string) => `"${channel.replaceAll('"', '""')}"`;

  const connect = (): Promise<pg.Client> => {
    connecting ??= (async () => {
      const next = new pg.Client({ connectionString: url });
      const drop = () => {
        if (client !== next) return;
        client = undefined;
        next.removeAllListeners('notification');
        void next.end().catch(() => undefined);
        if (!closed && channels.size > 0) setTimeout(() => void connect().catch(() => undefined), RELISTEN_MS).unref();
      };
      next.on('error', drop);
      next.on('end', drop);
      next.on('notification', (message) => {
        for (const handler of channels.get(message.channel) ?? []) handler(message.payload ?? '');
      });
      try {
        await next.connect();
        client = next;
        for (const channel of channels.keys()) await next.query(`LISTEN ${ident(channel)}`);
        return next;
      } catch (error) {
        if (!closed && channels.size > 0) setTimeout(() => void connect().catch(() => undefined), RELISTEN_MS).unref();
        throw error;
      }
    })().finally(() => { connecting = undefined; });
    return connecting;
  };

  return {
    async listen(channel: string, onNotify: (payload: string) => void): Promise<() => Promise<void>> {
      const handlers = channels.get(channel) ?? new Set();
      const first = handlers.size === 0;
      handlers.add(onNotify);
      channels.set(channel, handlers);
      const current = client ?? await connect();
      if (first && current === client) await current.query(`LISTEN ${ident(channel)}`);
      return async () => {
        handlers.delete(onNotify);
        if (handlers.size > 0) return;
        channels.delete(channel);
        await client?.query(`UNLISTEN ${ident(channel)}`).catch(() => undefined);
      };
    },
    async close() {
      closed = true;
      const open = client;
      client = undefined;
      await open?.end().catch(() => undefined);
    },
  };
}
