import { randomBytes } from 'node:crypto';
import { WEBHOOK_KEY_BYTES, WEBHOOK_SECRET_PREFIX, webhookKeyBase64 } from '@citadel/protocol/webhooks';

/**
 * The HMAC key of a webhook secret, by the one rule of `@citadel/protocol/webhooks`: `whsec_`
 * (stripped when present) and the base64 of at least 16 bytes. Throws `TypeError`: a wrong
 * secret is a configuration error, not a bad webhook.
 */
export function webhookKey(secret: unknown): Buffer {
  const encoded = webhookKeyBase64(secret);
  if (encoded === undefined) throw new TypeError('secret must be your webhook secret: whsec_ followed by the base64 of at least 16 bytes');
  return Buffer.from(encoded, 'base64');
}

/** A new webhook secret, as the platform issues them: `whsec_` and the base64 of 32 random bytes. */
export const createWebhookSecret = (): string => `${WEBHOOK_SECRET_PREFIX}${randomBytes(WEBHOOK_KEY_BYTES).toString('base64')}`;
