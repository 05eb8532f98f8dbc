import type { IncomingMessage } from 'node:http';
import type { PartnerAccess } from '@citadel/node';
import { ok, readVerifiedWebhook, type Answer, type Queryable } from '@citadel-miniapp/backend-kit';

/**
 * `POST /webhooks`: verifies the signature over the raw body, then handles `consent.revoked`.
 * This backend stores no identity claims (only the pairwise `sub` with each report, which the
 * report needs), so `identity` leaves nothing to delete; `notifications` is recorded, and the
 * platform's `403 NOTIFICATIONS_NOT_GRANTED` already stops every later send.
 */
export async function receiveWebhook(request: IncomingMessage, access: PartnerAccess, db: Queryable): Promise<Answer> {
  const event = await readVerifiedWebhook(request, access);
  if (event.type === 'consent.revoked' && event.data.permission === 'notifications') {
    await db.query(
      `INSERT INTO citizens (sub, notifications_revoked_at) VALUES ($1, $2)
       ON CONFLICT (sub) DO UPDATE SET notifications_revoked_at = GREATEST(citizens.notifications_revoked_at, EXCLUDED.notifications_revoked_at)`,
      [event.data.sub, event.data.revokedAt]);
  }
  return ok({ received: true });
}
