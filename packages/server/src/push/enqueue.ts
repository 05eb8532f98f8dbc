import type { Queryable } from '../db/database.js';

/** The `Urgency` a push is sent with (RFC 8030 §5.3). */
export type PushUrgency = 'very-low' | 'low' | 'normal' | 'high';

/** What to push: one notification to its citizen's browsers, or an alert to its recipients' (all, or only `citizenIds`). */
export type PushTarget =
  | { readonly notificationId: string }
  | { readonly alertId: string; readonly citizenIds?: readonly string[] };

/** The urgency of an alert's pushes: `high` for extreme and severe alerts (wake the phone), `normal` otherwise. */
export const alertUrgency = (severity: 'extreme' | 'severe' | 'moderate' | 'minor'): PushUrgency =>
  severity === 'extreme' || severity === 'severe' ? 'high' : 'normal';

// Each is one set-based statement, whatever the number of recipients. A notification's
// subscription that already has a row gets no second one (`push_queue_by_notification` makes
// that check cheap). `push_queue` has no index by alert, so an alert is not checked that way:
// queue it once, and pass `citizenIds` for recipients added later. A paced notification's pushes
// are due at its `deliver_at`, not before.
const FOR_NOTIFICATION = `
  WITH queued AS (
    INSERT INTO push_queue (subscription_id, notification_id, urgency, next_attempt_at)
    SELECT s.id, n.id, $2::text, coalesce(n.deliver_at, now()) FROM notifications n JOIN push_subscriptions s ON s.citizen_id = n.citizen_id
     WHERE n.id = $1
       AND NOT EXISTS (SELECT 1 FROM push_queue q WHERE q.notification_id = n.id AND q.subscription_id = s.id)
    RETURNING 1
  ) SELECT count(*)::int AS count FROM queued`;

const FOR_ALERT = (only: boolean) => `
  WITH queued AS (
    INSERT INTO push_queue (subscription_id, alert_id, urgency)
    SELECT s.id, r.alert_id, $2::text FROM alert_recipients r JOIN push_subscriptions s ON s.citizen_id = r.citizen_id
     WHERE r.alert_id = $1${only ? ' AND r.citizen_id = ANY($3::uuid[])' : ''}
    RETURNING 1
  ) SELECT count(*)::int AS count FROM queued`;

/**
 * Queues the pushes of one message, inside the caller's transaction (so the message and its
 * pushes commit together): one `push_queue` row per subscription of the notification's citizen,
 * or of each citizen in `alert_recipients` for the alert (only those in `citizenIds` when given;
 * each call queues them again). One `INSERT … SELECT` either way, so a million recipients is one
 * statement and no row travels to the server process. Resolves with how many rows were queued;
 * a notification whose citizen has no subscription stays `queued`, for the caller to judge.
 */
export async function enqueuePushes(tx: Queryable, target: PushTarget, urgency: PushUrgency): Promise<number> {
  const rows = 'notificationId' in target
    ? await tx.query<{ count: number }>(FOR_NOTIFICATION, [target.notificationId, urgency])
    : target.citizenIds === undefined
      ? await tx.query<{ count: number }>(FOR_ALERT(false), [target.alertId, urgency])
      : await tx.query<{ count: number }>(FOR_ALERT(true), [target.alertId, urgency, target.citizenIds]);
  return rows[0]?.count ?? 0;
}
