import type { Queryable } from '../db/database.js';
import { recordFailedAttempt } from '../delivery/failed-attempt.js';

/** An outbox row claimed for delivery, with the webhook settings of its app. */
export interface ClaimedWebhook {
  readonly id: string;
  readonly appId: string;
  readonly type: string;
  readonly data: unknown;
  /** Attempts made before this one. */
  readonly attempts: number;
  readonly createdAt: Date;
  readonly url: string | null;
  readonly secret: string | null;
  /** During a secret rotation's overlap, the secret before `secret`: deliveries carry a signature by each. */
  readonly previousSecret: string | null;
}

interface ClaimedRow {
  id: string; app_id: string; event_type: string; payload: unknown; attempts: number; created_at: Date | string;
  webhook_url: string | null; webhook_secret: string | null; previous_secret: string | null;
}

/** The outbox queries of the dispatcher. Each is one statement: none holds a lock across a delivery. */
export function createOutboxStore(db: Queryable) {
  return {
    /**
     * Claims up to `limit` due pending rows and pushes their `next_attempt_at` `leaseSeconds`
     * ahead, as a lease: rows another process has locked are skipped (`SKIP LOCKED`), rows it
     * has claimed are no longer due, and a row whose deliverer crashed becomes due again when
     * the lease runs out. One statement, so one short transaction.
     */
    async claimDue(limit: number, leaseSeconds: number): Promise<ClaimedWebhook[]> {
      const rows = await db.query<ClaimedRow>(
        `UPDATE webhook_outbox o SET next_attempt_at = now() + make_interval(secs => $2)
           FROM (SELECT id FROM webhook_outbox
                  WHERE status = 'pending' AND next_attempt_at <= now()
                  ORDER BY next_attempt_at, id
                  LIMIT $1
                  FOR UPDATE SKIP LOCKED) due
          WHERE o.id = due.id
         RETURNING o.id, o.app_id, o.event_type, o.payload, o.attempts, o.created_at,
                   (SELECT webhook_url FROM apps WHERE apps.id = o.app_id) AS webhook_url,
                   (SELECT webhook_secret FROM apps WHERE apps.id = o.app_id) AS webhook_secret,
                   (SELECT webhook_previous_secret FROM apps WHERE apps.id = o.app_id AND webhook_previous_secret_expires_at > now()) AS previous_secret`,
        [limit, leaseSeconds]);
      return rows.map((row) => ({
        id: row.id, appId: row.app_id, type: row.event_type, data: row.payload, attempts: row.attempts,
        createdAt: new Date(row.created_at), url: row.webhook_url, secret: row.webhook_secret, previousSecret: row.previous_secret,
      }));
    },
    /** Marks a claimed row delivered. */
    async delivered(row: ClaimedWebhook): Promise<void> {
      await db.query(
        `UPDATE webhook_outbox SET status = 'delivered', attempts = $2, delivered_at = now(), last_error = NULL
          WHERE id = $1 AND status = 'pending' AND attempts = $3`,
        [row.id, row.attempts + 1, row.attempts]);
    },
    /** Counts a failed attempt: due again in `retryInSeconds`, or `failed` when `giveUp`. */
    async attemptFailed(row: ClaimedWebhook, error: string, retryInSeconds: number, giveUp: boolean): Promise<void> {
      await recordFailedAttempt(db, 'webhook_outbox', row, error, retryInSeconds, giveUp);
    },
    /**
     * Puts off a row whose app has no webhook URL without counting an attempt, so it is never
     * marked failed for that: it waits as long as it has existed (at least `minSeconds`, at most
     * `maxSeconds`), which doubles the wait each time, and goes out once a URL is set.
     */
    async parked(row: ClaimedWebhook, minSeconds: number, maxSeconds: number): Promise<void> {
      await db.query(
        `UPDATE webhook_outbox SET last_error = 'NO_WEBHOOK_URL',
                next_attempt_at = now() + make_interval(secs => least(greatest(extract(epoch FROM now() - created_at)::float8, $2), $3))
          WHERE id = $1 AND status = 'pending'`,
        [row.id, minSeconds, maxSeconds]);
    },
  };
}
