import { randomUUID } from 'node:crypto';
import { openDatabase, type Database } from '@citadel/server';
import { startThrowawayPostgres } from '../support/throwaway-postgres.js';

/** The PostgreSQL server a bench runs on. */
export interface BenchPostgres {
  /** Creates a fresh database `<prefix>_<8 random hex>` and resolves with its connection string. */
  createDatabase(prefix: string): Promise<string>;
  /** Stops the server when this bench started it; leaves a `DATABASE_URL` server running. */
  stop(): Promise<void>;
}

/** The server of `DATABASE_URL` (its user may `CREATE DATABASE`), else a throwaway one started for the bench. */
export async function benchPostgres(): Promise<BenchPostgres> {
  const postgres = process.env.DATABASE_URL ? undefined : await startThrowawayPostgres();
  const adminUrl = process.env.DATABASE_URL ?? postgres!.url;
  return {
    async createDatabase(prefix) {
      const name = `${prefix}_${randomUUID().slice(0, 8)}`;
      const admin = await openDatabase({ kind: 'postgres', url: adminUrl });
      try {
        await admin.query(`CREATE DATABASE ${name}`);
      } finally {
        await admin.close();
      }
      return Object.assign(new URL(adminUrl), { pathname: `/${name}` }).href;
    },
    stop: async () => { await postgres?.stop(); },
  };
}

/** A fresh database on the bench's PostgreSQL (`benchPostgres`), opened; `close()` closes it, then stops a throwaway server. */
export async function openBenchDatabase(prefix: string): Promise<{ readonly db: Database; close(): Promise<void> }> {
  const postgres = await benchPostgres();
  const db = await openDatabase({ kind: 'postgres', url: await postgres.createDatabase(prefix) });
  return {
    db,
    async close() {
      await db.close();
      await postgres.stop();
    },
  };
}
