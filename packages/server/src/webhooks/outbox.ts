import { subscribableEventTypes } from '@citadel/protocol/api';
import type { WebhookData, WebhookEventType } from '@citadel/protocol/webhooks';
import type { Queryable } from '../db/database.js';
import { newId } from '../ids.js';
import { EVENT_FEED_CHANNEL } from './event-feed.js';

const subscribable = new Set<string>(subscribableEventTypes);

/**
 * Writes a webhook to the outbox inside the money movement's own transaction: delivered if and
 * only if it commits. `data` is typed by the event's schema in `@citadel/protocol/webhooks`,
 * the one `verifyWebhook` checks it against at the partner. An event of a type the app does not
 * subscribe to (`apps.webhook_events`; NULL subscribes to every one) is not written, and
 * resolves `undefined`; `webhook.test` is written whenever asked. A written event is announced on
 * `EVENT_FEED_CHANNEL` when the transaction commits, waking the event feed's long polls for the app.
 */
export async function enqueueWebhook<T extends WebhookEventType>(tx: Queryable, appId: string, type: T, data: WebhookData<T>): Promise<string | undefined> {
  const id = newId('msg');
  const written = await tx.query(
    `WITH written AS (
       INSERT INTO webhook_outbox (id, app_id, event_type, payload)
       SELECT $1, $2, $3, $4 WHERE NOT $5::boolean
          OR EXISTS (SELECT 1 FROM apps WHERE id = $2 AND (webhook_events IS NULL OR $3 = ANY (webhook_events)))
       RETURNING id)
     SELECT id, pg_notify($6, $2) FROM written`,
    [id, appId, type, JSON.stringify(data), subscribable.has(type), EVENT_FEED_CHANNEL]);
  return written.length > 0 ? id : undefined;
}
