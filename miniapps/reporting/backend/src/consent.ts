import { isWebhookVerificationError, verifyWebhook, type WebhookEvent } from '@citadel/node';
import type { IncomingHttpHeaders } from 'node:http';
import type { Queryable } from './db/database.js';

/** An HTTP answer. */
export interface Answer {
  readonly status: number;
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/**
 * `POST /webhooks`: verifies the signature over the raw body, then handles `consent.revoked`.
 * This backend stores no identity claims (only the pairwise `sub` with each report, which the
 * report needs), so `identity` leaves nothing to delete; `notifications` is recorded, and the
 * platform's `403 NOTIFICATIONS_NOT_GRANTED` already stops every later send.
 */
export async function receiveWebhook(db: Queryable, secret: string, headers: IncomingHttpHeaders, body: Uint8Array): Promise<Answer> {
  let event: WebhookEvent;
  try {
    event = await verifyWebhook({ secret, headers, body });
  } catch (error) {
    if (!isWebhookVerificationError(error)) throw error;
    return { status: 400, body: { code: error.reason, message: error.message } };
  }
  if (event.type === 'consent.revoked' && event.data.permission === 'notifications') {
    await db.query(
      `INSERT INTO citizens (sub, notifications_revoked_at) VALUES ($1, $2)
       ON CONFLICT (sub) DO UPDATE SET notifications_revoked_at = GREATEST(citizens.notifications_revoked_at, EXCLUDED.notifications_revoked_at)`,
      [event.data.sub, event.data.revokedAt]);
  }
  return { status: 200, body: { received: true } };
}
