import { randomUUID } from 'node:crypto';
import { isPartnerApiError, type PartnerClient } from '@citadel/node';
import type { Answer } from './hello.js';
import type { DemoOrder, OrderStore } from './order-store.js';

/** What the demo sells: set here, on the server. The mini-app never says what it costs. */
export const DEMO_PRODUCT = { amount: 25_000, description: 'Vé tham quan Đại Nội (demo)' } as const;

/** What the mini-app sees of an order. */
const view = (order: DemoOrder) => ({
  order: { id: order.id, amount: order.amount, description: order.description, status: order.status, paymentId: order.paymentId, refunded: order.refunded },
});

/**
 * `POST /orders`: creates the order on the platform and keeps it, `pending`. The backend's
 * own reference doubles as the idempotency key, so a retried call to the platform (a timeout,
 * a lost answer) can only ever make this one order.
 */
export async function createOrder(citadel: PartnerClient, store: OrderStore): Promise<Answer> {
  const reference = `demo-${randomUUID()}`;
  try {
    const order = await citadel.orders.create({ ...DEMO_PRODUCT, reference }, { idempotencyKey: reference });
    const kept: DemoOrder = {
      id: order.id, reference, amount: order.amount, description: order.description, status: 'pending', paymentId: null, paidAt: null, refunded: 0,
    };
    store.add(kept);
    return { status: 201, body: view(kept) };
  } catch (error) {
    if (!isPartnerApiError(error)) throw error;
    console.error(`partner-backend: the platform refused the order: ${error.code} ${error.message}`);
    return { status: 502, body: { code: 'PLATFORM_REFUSED', message: `The platform did not create the order (${error.code})` } };
  }
}

/** `GET /orders/:id`: this backend's own view, `paid` only once the webhook said so. */
export function getOrder(store: OrderStore, id: string): Answer {
  const order = store.get(id);
  return order ? { status: 200, body: view(order) } : { status: 404, body: { code: 'NOT_FOUND', message: 'No such order here' } };
}
