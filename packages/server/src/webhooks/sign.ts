import { createHmac, randomBytes } from 'node:crypto';

/** The prefix of webhook signing secrets (Standard Webhooks). */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

/** A new webhook signing secret: `whsec_` and the base64 of 32 random bytes. */
export function createWebhookSecret(): string {
  return `${WEBHOOK_SECRET_PREFIX}${randomBytes(32).toString('base64')}`;
}

/** The HMAC key of a `whsec_…` secret: its base64-decoded part. Throws `TypeError` on anything else. */
function secretKey(secret: string): Buffer {
  const encoded = secret.startsWith(WEBHOOK_SECRET_PREFIX) ? secret.slice(WEBHOOK_SECRET_PREFIX.length) : '';
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(encoded)) throw new TypeError('A webhook secret is whsec_ followed by base64');
  return Buffer.from(encoded, 'base64');
}

/**
 * The `webhook-signature` header of one delivery, the Standard Webhooks way:
 * `v1,<base64 HMAC-SHA256 of "${id}.${timestamp}.${body}">`, keyed with the secret's decoded bytes.
 * `body` must be the exact string sent.
 */
export function signWebhook(secret: string, id: string, timestamp: number, body: string): string {
  const mac = createHmac('sha256', secretKey(secret)).update(`${id}.${timestamp}.${body}`, 'utf8').digest('base64');
  return `v1,${mac}`;
}
