import type { IncomingHttpHeaders } from 'node:http';
import { isWebhookVerificationError, verifyWebhook, type PaymentRefundedData, type PaymentSucceededData, type WebhookEvent } from '@citadel/node';
import type { Answer } from './hello.js';
import type { OrderStore } from './order-store.js';

const ok = (note?: string): Answer => ({ status: 200, body: note ? { received: true, note } : { received: true } });
const mismatch = (message: string): Answer => {
  // Signed by the platform yet not matching this backend's records: never fulfilled, and left
  // failing so it shows in the partner API's failed deliveries for a person to look at.
  console.error(`partner-backend: webhook refused: ${message}`);
  return { status: 422, body: { code: 'ORDER_MISMATCH', message } };
};

function paid(store: OrderStore, data: PaymentSucceededData): Answer {
  const order = store.get(data.orderId);
  // Authentic, but for an order this backend no longer knows (kept in memory, lost on restart).
  if (!order) return ok('unknown order');
  if (data.amount !== order.amount || data.currency !== 'VND' || data.reference !== order.reference) {
    return mismatch(`payment.succeeded for ${order.id} does not match the order (amount, currency or reference)`);
  }
  if (order.status === 'paid') {
    return order.paymentId === data.paymentId ? ok('already recorded') : mismatch(`${order.id} was paid by ${order.paymentId}, not ${data.paymentId}`);
  }
  store.update(order.id, { status: 'paid', paymentId: data.paymentId, paidAt: data.paidAt });
  return ok();
}

function refunded(store: OrderStore, data: PaymentRefundedData): Answer {
  const order = store.get(data.orderId);
  if (!order) return ok('unknown order');
  if (data.paymentId !== order.paymentId || data.reference !== order.reference) return mismatch(`payment.refunded for ${order.id} does not match the order`);
  // Retries and out-of-order deliveries: the running total only ever grows.
  store.update(order.id, { refunded: Math.max(order.refunded, data.refunded) });
  return ok();
}

/**
 * `POST /webhooks`: checks the Standard Webhooks signature over the raw body with the app's
 * secret (`verifyWebhook`; a bad, stale or malformed webhook is a 400 naming the reason), then
 * compares the event with this backend's own order (amount, currency, reference) before
 * marking it paid. Any 2xx acknowledges; the same event delivered twice changes nothing.
 */
export async function receiveWebhook(secret: string, headers: IncomingHttpHeaders, body: Uint8Array, store: OrderStore): Promise<Answer> {
  let event: WebhookEvent;
  try {
    event = await verifyWebhook({ secret, headers, body });
  } catch (error) {
    if (!isWebhookVerificationError(error)) throw error;
    return { status: 400, body: { code: error.reason, message: error.message } };
  }
  if (event.type === 'payment.succeeded') return paid(store, event.data);
  if (event.type === 'payment.refunded') return refunded(store, event.data);
  // This demo stores nothing about the citizen but orders, so a withdrawal leaves nothing to forget.
  if (event.type === 'consent.revoked') return ok(`${event.data.permission} withdrawn`);
  // app.version.*, app.suspended, app.reinstated and webhook.test: news for the team; the orders stay as they are.
  return ok(`${event.type} received`);
}
