import { randomBytes } from 'node:crypto';
import { WEBHOOK_HEADERS } from '@citadel/protocol/webhooks';
import { webhookKey } from './webhook-secret.js';
import { webhookMac } from './webhook-signature.js';

/** What `signWebhook` signs. */
export interface SignWebhookOptions {
  /** The webhook secret (`whsec_…`). Required. */
  readonly secret: string;
  /** The exact body to send: signing a string and sending it re-serialised breaks the signature. Required. */
  readonly body: string | Uint8Array;
  /** The `webhook-id`. Default: a new random `msg_…`. */
  readonly id?: string;
  /** The `webhook-timestamp`, in Unix seconds. Default: now. */
  readonly timestamp?: number;
}

/**
 * The three Standard Webhooks headers of one signed delivery. A type, not an interface, so that
 * it fits a `HeadersInit` or `verifyWebhook`'s `headers` as it is.
 */
export type WebhookSignatureHeaders = {
  readonly 'webhook-id': string;
  readonly 'webhook-timestamp': string;
  readonly 'webhook-signature': string;
};

/**
 * Signs a webhook the way the platform does (Standard Webhooks): `webhook-signature` is
 * `v1,<base64 HMAC-SHA256 of "${id}.${timestamp}.${body}">`, keyed with the secret's decoded
 * bytes. The platform signs every delivery with it; use it to send your own backend test
 * webhooks that `verifyWebhook` accepts. Throws `TypeError` when the secret is not a webhook secret.
 *
 * @example
 * const body = JSON.stringify({ type: 'payment.succeeded', timestamp, data });
 * await fetch(url, { method: 'POST', headers: { 'content-type': 'application/json', ...signWebhook({ secret, body }) }, body });
 */
export function signWebhook(options: SignWebhookOptions): WebhookSignatureHeaders {
  const key = webhookKey(options.secret);
  const id = options.id ?? `msg_${randomBytes(12).toString('hex')}`;
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  const signature = webhookMac(key, id, timestamp, options.body).toString('base64');
  return { [WEBHOOK_HEADERS.id]: id, [WEBHOOK_HEADERS.timestamp]: timestamp, [WEBHOOK_HEADERS.signature]: `v1,${signature}` };
}
