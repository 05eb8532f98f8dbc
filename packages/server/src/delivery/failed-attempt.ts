import type { Queryable } from '../db/database.js';

/**
 * Counts a failed attempt at a claimed row of a delivery queue table (`webhook_outbox`, `push_queue`):
 * due again in `retryInSeconds`, or `failed` when `giveUp`. Only a row still as it was claimed (pending,
 * with the attempts it was claimed with) changes, so an attempt recorded meanwhile is never counted twice.
 */
export async function recordFailedAttempt(
  db: Queryable, table: 'webhook_outbox' | 'push_queue', row: { readonly id: string; readonly attempts: number },
  error: string, retryInSeconds: number, giveUp: boolean,
): Promise<void> {
  await db.query(
    `UPDATE ${table}
        SET attempts = $2, last_error = $3,
            status = CASE WHEN $4::boolean THEN 'failed' ELSE 'pending' END,
            next_attempt_at = CASE WHEN $4::boolean THEN next_attempt_at ELSE now() + make_interval(secs => $5) END
      WHERE id = $1 AND status = 'pending' AND attempts = $6`,
    [row.id, row.attempts + 1, error, giveUp, retryInSeconds, row.attempts]);
}
