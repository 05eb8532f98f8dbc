import * as z from 'zod/mini';

/** The prefix that marks a webhook signing secret (Standard Webhooks). */
export const WEBHOOK_SECRET_PREFIX = 'whsec_';

/** The shortest HMAC key a webhook secret may carry, in bytes; the platform issues 32. */
export const MIN_WEBHOOK_KEY_BYTES = 16;

/** The bytes of key the platform puts in every secret it issues. */
export const WEBHOOK_KEY_BYTES = 32;

// Canonical base64 (RFC 4648 §4) with its padding: the form `Buffer#toString('base64')` writes.
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/**
 * The base64 key of a webhook secret, or `undefined` when `secret` is not one. The one rule,
 * that of Standard Webhooks' libraries: a secret is `whsec_` and the base64 of its key; the
 * prefix is stripped when present (so the bare base64 works as well); the key is at least
 * `MIN_WEBHOOK_KEY_BYTES` bytes. Decoding is left to the caller's platform.
 */
export function webhookKeyBase64(secret: unknown): string | undefined {
  if (typeof secret !== 'string') return undefined;
  const encoded = secret.startsWith(WEBHOOK_SECRET_PREFIX) ? secret.slice(WEBHOOK_SECRET_PREFIX.length) : secret;
  if (!BASE64.test(encoded)) return undefined;
  const padding = encoded.endsWith('==') ? 2 : encoded.endsWith('=') ? 1 : 0;
  return (encoded.length / 4) * 3 - padding >= MIN_WEBHOOK_KEY_BYTES ? encoded : undefined;
}

/** A webhook secret as the platform issues it (`PUT /api/partner/v1/webhook`): `whsec_` and the base64 of its key. */
export const WebhookSecret = z.string().check(
  z.refine((secret) => secret.startsWith(WEBHOOK_SECRET_PREFIX) && webhookKeyBase64(secret) !== undefined, 'must be whsec_ followed by base64'),
);
