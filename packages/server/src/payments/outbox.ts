import type { Queryable } from '../db/database.js';
import { newId } from './ids.js';

/** The webhook events the platform sends partners. */
export type WebhookEventType = 'payment.succeeded' | 'payment.refunded' | 'consent.revoked';

/** Writes a webhook to the outbox inside the money movement's own transaction: delivered if and only if it commits. */
export async function enqueueWebhook(tx: Queryable, appId: string, type: WebhookEventType, data: Record<string, unknown>): Promise<string> {
  const id = newId('msg');
  await tx.query('INSERT INTO webhook_outbox (id, app_id, event_type, payload) VALUES ($1, $2, $3, $4)', [id, appId, type, JSON.stringify(data)]);
  return id;
}
