import type { Manifest } from '@citadel/protocol';
import type { Database } from '../db/database.js';
import { recordFailedAttempt } from '../delivery/failed-attempt.js';
import type { PushUrgency } from './enqueue.js';
import { englishOf } from '../notification-text.js';
import type { AlertPush } from './payload.js';
import { dropSubscriptions, settleNotifications } from './settle.js';

/** A queue row claimed for delivery, with its subscription and what it carries. */
export interface ClaimedPush {
  readonly id: string;
  readonly subscriptionId: string;
  readonly endpoint: string;
  readonly p256dh: string;
  readonly auth: string;
  readonly urgency: PushUrgency;
  /** Attempts made before this one. */
  readonly attempts: number;
  readonly notification: {
    readonly id: string; readonly appId: string; readonly title: string; readonly body: string;
    readonly en: { readonly title: string; readonly body: string } | null; readonly path: string; readonly manifest: Manifest;
    /** Whether the platform hosts the app (its icons are on the platform's app origin) or it is linked. */
    readonly kind: 'hosted' | 'linked';
  } | null;
  readonly alert: {
    readonly id: string; readonly severity: AlertPush['severity']; readonly headline: { vi: string; en?: string };
    /** Whole seconds until it expires, by the database's clock; 0 once expired. */
    readonly secondsLeft: number;
  } | null;
}

interface Row {
  id: string; subscription_id: string; endpoint: string; p256dh: string; auth: string; urgency: PushUrgency; attempts: number;
  notification_id: string | null; app_id: string | null; title: string | null; body: string | null; title_en: string | null; body_en: string | null; path: string | null; manifest: Manifest | null; kind: 'hosted' | 'linked' | null;
  alert_id: string | null; severity: AlertPush['severity'] | null; headline: { vi: string; en?: string } | null; seconds_left: number | null;
}

/** The queue queries of the push dispatcher. None holds a lock across a delivery. */
export function createPushQueueStore(db: Database) {
  return {
    /**
     * Claims up to `limit` due pending rows with a lease, as the webhook outbox does: their
     * `next_attempt_at` moves `leaseSeconds` ahead, rows another process holds are skipped (`SKIP
     * LOCKED`), and a row whose deliverer died is due again when the lease runs out. One
     * statement, which also reads the subscription, the message and the app's manifest.
     */
    async claimDue(limit: number, leaseSeconds: number): Promise<ClaimedPush[]> {
      // Ordered by `next_attempt_at` alone, the `push_queue_due` index order: an alert queues a
      // million rows with one timestamp, and a tie-break on id would sort them all at each claim.
      const rows = await db.query<Row>(
        `WITH claimed AS (
           UPDATE push_queue q SET next_attempt_at = now() + make_interval(secs => $2)
             FROM (SELECT id FROM push_queue
                    WHERE status = 'pending' AND next_attempt_at <= now()
                    ORDER BY next_attempt_at
                    LIMIT $1
                    FOR UPDATE SKIP LOCKED) due
            WHERE q.id = due.id
           RETURNING q.id, q.subscription_id, q.notification_id, q.alert_id, q.urgency, q.attempts
         )
         SELECT c.id::text AS id, c.subscription_id, s.endpoint, s.p256dh, s.auth, c.urgency, c.attempts,
                c.notification_id, n.app_id, n.title, n.body, n.title_en, n.body_en, n.path, a.manifest, a.kind,
                c.alert_id, al.severity, al.headline,
                greatest(0, floor(extract(epoch FROM al.expires_at - now())))::int AS seconds_left
           FROM claimed c
           JOIN push_subscriptions s ON s.id = c.subscription_id
           LEFT JOIN notifications n ON n.id = c.notification_id
           LEFT JOIN apps a ON a.id = n.app_id
           LEFT JOIN alerts al ON al.id = c.alert_id`,
        [limit, leaseSeconds]);
      return rows.map((row) => ({
        id: row.id, subscriptionId: row.subscription_id, endpoint: row.endpoint, p256dh: row.p256dh, auth: row.auth,
        urgency: row.urgency, attempts: row.attempts,
        notification: row.notification_id === null ? null : {
          id: row.notification_id, appId: row.app_id!, title: row.title!, body: row.body!,
          en: englishOf({ vi: row.title!, en: row.title_en }, { vi: row.body!, en: row.body_en }), path: row.path!, manifest: row.manifest!, kind: row.kind!,
        },
        alert: row.alert_id === null ? null : { id: row.alert_id, severity: row.severity!, headline: row.headline!, secondsLeft: row.seconds_left ?? 0 },
      }));
    },
    /**
     * Records a push the push service accepted: the row `sent`, the subscription's
     * `last_success_at`, and the notification `pushed` if it was still `queued` (a `read` one stays read).
     */
    async sent(row: ClaimedPush): Promise<void> {
      await db.transaction(async (tx) => {
        await tx.query(
          `UPDATE push_queue SET status = 'sent', attempts = $2, sent_at = now(), last_error = NULL
            WHERE id = $1 AND status = 'pending' AND attempts = $3`,
          [row.id, row.attempts + 1, row.attempts]);
        await tx.query('UPDATE push_subscriptions SET last_success_at = now() WHERE id = $1', [row.subscriptionId]);
        if (row.notification) await tx.query("UPDATE notifications SET state = 'pushed' WHERE id = $1 AND state = 'queued'", [row.notification.id]);
      });
    },
    /**
     * Counts a failed attempt: due again in `retryInSeconds`, or `failed` when `giveUp`, and then
     * its notification `failed` too if no other push of it is pending or sent.
     */
    async attemptFailed(row: ClaimedPush, error: string, retryInSeconds: number, giveUp: boolean): Promise<void> {
      await db.transaction(async (tx) => {
        await recordFailedAttempt(tx, 'push_queue', row, error, retryInSeconds, giveUp);
        if (giveUp && row.notification) await settleNotifications(tx, [row.notification.id]);
      });
    },
    /** The push service says the subscription is gone (404, 410): it is deleted, with its queue rows, and their notifications settled. */
    async gone(row: ClaimedPush): Promise<void> {
      await db.transaction((tx) => dropSubscriptions(tx, [row.subscriptionId]));
    },
  };
}
