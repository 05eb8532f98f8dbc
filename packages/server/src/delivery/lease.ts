import type { Queryable } from '../db/database.js';

/**
 * Lease upkeep of a delivery queue table (`webhook_outbox`, `push_queue`: each row `pending`
 * with a `next_attempt_at` that a claim moves ahead): renew the reservation of rows still in
 * flight, or give back rows claimed but not started. Neither counts an attempt.
 */
export function createLeaseQueries(db: Queryable, table: 'webhook_outbox' | 'push_queue', idType: 'text' | 'bigint') {
  return {
    async renew(ids: readonly (string | number)[], leaseSeconds: number): Promise<void> {
      if (ids.length === 0) return;
      await db.query(
        `UPDATE ${table} SET next_attempt_at = now() + make_interval(secs => $2)
          WHERE id = ANY($1::${idType}[]) AND status = 'pending'`,
        [ids.map(String), leaseSeconds]);
    },
    async release(ids: readonly (string | number)[]): Promise<void> {
      if (ids.length === 0) return;
      await db.query(`UPDATE ${table} SET next_attempt_at = now() WHERE id = ANY($1::${idType}[]) AND status = 'pending'`, [ids.map(String)]);
    },
  };
}
