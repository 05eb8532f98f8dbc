import type { WebhookData, WebhookEventType } from '@citadel/protocol/webhooks';
import type { Queryable } from '../db/database.js';
import { newId } from '../ids.js';

/**
 * Writes a webhook to the outbox inside the money movement's own transaction: delivered if and
 * only if it commits. `data` is typed by the event's schema in `@citadel/protocol/webhooks`,
 * the one `verifyWebhook` checks it against at the partner.
 */
export async function enqueueWebhook<T extends WebhookEventType>(tx: Queryable, appId: string, type: T, data: WebhookData<T>): Promise<string> {
  const id = newId('msg');
  await tx.query('INSERT INTO webhook_outbox (id, app_id, event_type, payload) VALUES ($1, $2, $3, $4)', [id, appId, type, JSON.stringify(data)]);
  return id;
}
