import { PARTNER_BACKEND, PartnerUnreachable } from './partner.js';

/** A demo order as the partner backend keeps it: `pending` until its webhook says paid. */
export interface DemoOrder {
  readonly id: string;
  readonly amount: number;
  readonly description: string;
  readonly status: 'pending' | 'paid';
  readonly paymentId: string | null;
}

/** The partner backend refused (its `{ code, message }`), such as `503 CREDENTIALS_MISSING`. */
export class PartnerRefused extends Error {
  override readonly name = 'PartnerRefused';
  constructor(readonly code: string, message: string) {
    super(message);
  }
}

function asOrder(body: unknown): DemoOrder {
  const order = (body as { order?: Partial<DemoOrder> } | null)?.order;
  if (!order || typeof order.id !== 'string' || typeof order.amount !== 'number' || (order.status !== 'pending' && order.status !== 'paid')) {
    throw new PartnerRefused('BAD_ANSWER', 'The partner backend answered something else than an order');
  }
  return {
    id: order.id, amount: order.amount, description: String(order.description ?? ''), status: order.status,
    paymentId: typeof order.paymentId === 'string' ? order.paymentId : null,
  };
}

async function call(method: 'GET' | 'POST', path: string): Promise<DemoOrder> {
  let response: Response;
  try {
    response = await fetch(`${PARTNER_BACKEND}${path}`, { method });
  } catch {
    throw new PartnerUnreachable(`${PARTNER_BACKEND} did not answer`);
  }
  const body: unknown = await response.json().catch(() => undefined);
  if (!response.ok) {
    const b = (body ?? {}) as { code?: unknown; message?: unknown };
    throw new PartnerRefused(typeof b.code === 'string' ? b.code : `HTTP_${response.status}`, typeof b.message === 'string' ? b.message : `HTTP ${response.status}`);
  }
  return asOrder(body);
}

/**
 * Asks the partner backend for a new order. The amount and description are the backend's,
 * set on its server: the mini-app only ever learns the order id to pay.
 */
export const createDemoOrder = (): Promise<DemoOrder> => call('POST', '/orders');

/** The backend's own view of an order: `paid` only once the platform's signed webhook said so. */
export const demoOrder = (id: string): Promise<DemoOrder> => call('GET', `/orders/${encodeURIComponent(id)}`);
