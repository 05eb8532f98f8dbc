import type { WebhookEvent } from '@citadel/node';
import type { Citizens } from './citizens/citizens.js';

/**
 * `POST /webhooks`, its signature verified over the raw body by the kit's `verifiedWebhook`:
 * handles `consent.revoked`. This backend stores no identity claims (only the pairwise `sub` with
 * each report, which the report needs), so `identity` leaves nothing to delete; `notifications` is
 * recorded, and the platform's `403 NOTIFICATIONS_NOT_GRANTED` already stops every later send.
 */
export async function receiveWebhook(event: WebhookEvent, citizens: Citizens): Promise<{ received: true }> {
  if (event.type === 'consent.revoked' && event.data.permission === 'notifications') {
    await citizens.notificationsRevoked(event.data.sub, event.data.revokedAt);
  }
  return { received: true };
}
