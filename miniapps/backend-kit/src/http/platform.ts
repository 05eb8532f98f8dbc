import { isWebhookVerificationError, verifyWebhook, type Access, type PartnerAccess, type WebhookEvent } from '@citadel/node';
import { createMiddleware } from 'hono/factory';
import { HttpError } from '../http-error.js';
import { limitBody } from './limit-body.js';

/** The partner credentials, or `503 CREDENTIALS_MISSING` (retry in a second) while the platform has not issued them yet. */
export async function requireAccess(access: PartnerAccess): Promise<Access> {
  const current = await access.current();
  if (!current) throw new HttpError(503, 'CREDENTIALS_MISSING', 'Not connected to the platform yet', {}, { 'retry-after': '1' });
  return current;
}

/** Bytes of a webhook body this backend reads. */
export const WEBHOOK_BODY_LIMIT = 64 * 1024;

/** What `verifiedWebhook` leaves for the route: the event, as `c.var.event`. */
export interface WebhookEnv {
  readonly Variables: { readonly event: WebhookEvent };
}

/**
 * Middleware for `POST /webhooks`: a platform webhook whose signature checks out over its raw body
 * (Standard Webhooks, at most `WEBHOOK_BODY_LIMIT` bytes: `413 PAYLOAD_TOO_LARGE` with `limit`),
 * as `c.var.event`; else `400` with the reason as the code (`SIGNATURE_MISMATCH`, `TIMESTAMP_TOO_OLD`, …).
 */
export function verifiedWebhook(access: PartnerAccess) {
  const limited = limitBody(WEBHOOK_BODY_LIMIT);
  return createMiddleware<WebhookEnv>((c, next) => limited(c, async () => {
    const { webhookSecret } = await requireAccess(access);
    const body = new Uint8Array(await c.req.arrayBuffer());
    try {
      c.set('event', await verifyWebhook({ secret: webhookSecret, headers: c.req.raw.headers, body }));
    } catch (error) {
      if (!isWebhookVerificationError(error)) throw error;
      throw new HttpError(400, error.reason, error.message);
    }
    await next();
  }));
}
