import { signWebhook } from '../src/sign-webhook.js';
import { createWebhookSecret, webhookKey } from '../src/webhook-secret.js';
import { webhookMac } from '../src/webhook-signature.js';

/** A fresh webhook secret, as the platform issues them. */
export const newSecret = createWebhookSecret;

/** The test clock, in Unix seconds. */
export const NOW_SECONDS = 1_750_000_000;

/**
 * The `v1` signature of any timestamp text, malformed ones included, by the code `signWebhook`
 * and `verifyWebhook` share; `signWebhook` itself takes only Unix seconds.
 */
export const sign = (secret: string, id: string, timestamp: number | string, body: string | Uint8Array): string =>
  `v1,${webhookMac(webhookKey(secret), id, String(timestamp), body).toString('base64')}`;

/** A `payment.succeeded` body as the platform sends it. */
export const succeededBody = (data: Record<string, unknown> = {}) => JSON.stringify({
  type: 'payment.succeeded',
  timestamp: '2025-06-15T08:00:00.000Z',
  data: {
    orderId: 'ord_1', paymentId: 'pay_1', amount: 150_000, currency: 'VND', reference: 'INV-2025-06-0042',
    metadata: { table: '7' }, sub: 'pw-4f9a2c', paidAt: '2025-06-15T08:00:00.000Z', ...data,
  },
});

/** A `payment.refunded` body as the platform sends it. */
export const refundedBody = (data: Record<string, unknown> = {}) => JSON.stringify({
  type: 'payment.refunded',
  timestamp: '2025-06-16T09:30:00.000Z',
  data: {
    orderId: 'ord_1', paymentId: 'pay_1', refundId: 'ref_1', amount: 50_000, refunded: 50_000, currency: 'VND',
    reference: 'INV-2025-06-0042', metadata: {}, at: '2025-06-16T09:30:00.000Z', ...data,
  },
});

/** The three webhook headers for `body`, signed with `secret` at `timestamp` (by `signWebhook` when it is a number). */
export const signedHeaders = (secret: string, body: string | Uint8Array, id = 'msg_2x7QkP', timestamp: number | string = NOW_SECONDS) =>
  (typeof timestamp === 'number'
    ? signWebhook({ secret, body, id, timestamp })
    : { 'webhook-id': id, 'webhook-timestamp': timestamp, 'webhook-signature': sign(secret, id, timestamp, body) });

/** A `consent.revoked` body as the platform sends it. */
export const revokedBody = (data: Record<string, unknown> = {}) => JSON.stringify({
  type: 'consent.revoked',
  timestamp: '2025-06-17T10:00:00.000Z',
  data: { sub: 'pw-4f9a2c', permission: 'identity', revokedAt: '2025-06-17T10:00:00.000Z', ...data },
});
