import type { Queryable } from '../db/database.js';

/**
 * Marks `failed` each of these notifications that is still `queued` and has no push left that
 * could reach the citizen (none `pending`, none `sent`). `pushed` and `read` are never touched.
 */
export async function settleNotifications(tx: Queryable, notificationIds: readonly string[]): Promise<void> {
  if (notificationIds.length === 0) return;
  await tx.query(
    `UPDATE notifications n SET state = 'failed'
      WHERE n.id = ANY($1::text[]) AND n.state = 'queued'
        AND NOT EXISTS (SELECT 1 FROM push_queue q WHERE q.notification_id = n.id AND q.status IN ('pending', 'sent'))`,
    [notificationIds]);
}

/**
 * Deletes these subscriptions (their queue rows go with them, `ON DELETE CASCADE`) and settles
 * the notifications whose pushes went with them. Run it inside a transaction.
 */
export async function dropSubscriptions(tx: Queryable, subscriptionIds: readonly string[]): Promise<void> {
  if (subscriptionIds.length === 0) return;
  const affected = await tx.query<{ notification_id: string }>(
    'SELECT DISTINCT notification_id FROM push_queue WHERE subscription_id = ANY($1::text[]) AND notification_id IS NOT NULL', [subscriptionIds]);
  await tx.query('DELETE FROM push_subscriptions WHERE id = ANY($1::text[])', [subscriptionIds]);
  await settleNotifications(tx, affected.map((row) => row.notification_id));
}
