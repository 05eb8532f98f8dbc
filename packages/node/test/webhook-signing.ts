import { createHmac, randomBytes } from 'node:crypto';

/** A fresh webhook secret, as the platform issues them. */
export const newSecret = () => `whsec_${randomBytes(32).toString('base64')}`;

/** The test clock, in Unix seconds. */
export const NOW_SECONDS = 1_750_000_000;

/** Signs like the platform: `v1,<base64 HMAC-SHA256(id.timestamp.body)>` keyed with the decoded secret. */
export function sign(secret: string, id: string, timestamp: number | string, body: string | Uint8Array): string {
  const key = Buffer.from(secret.replace(/^whsec_/, ''), 'base64');
  return `v1,${createHmac('sha256', key).update(`${id}.${timestamp}.`).update(body).digest('base64')}`;
}

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

/** The three webhook headers for `body`, signed with `secret` at `timestamp`. */
export const signedHeaders = (secret: string, body: string | Uint8Array, id = 'msg_2x7QkP', timestamp: number | string = NOW_SECONDS) => ({
  'webhook-id': id,
  'webhook-timestamp': String(timestamp),
  'webhook-signature': sign(secret, id, timestamp, body),
});
