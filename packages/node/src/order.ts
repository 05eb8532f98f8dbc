import { isIsoTime, isJsonObject, isNonEmptyString, isStringRecord, isWholeNumber } from './json-value.js';

/** What your server sends to create an order (`POST /api/partner/v1/orders`). */
export interface CreateOrderInput {
  /** What the citizen pays, in VND: a whole number from 1 to 1 000 000 000. */
  readonly amount: number;
  /** Shown to the citizen on the payment sheet, 1 to 200 characters. */
  readonly description: string;
  /** Your own id for the order, 1 to 100 characters; it comes back in the order and its webhooks. */
  readonly reference: string;
  /** How long the citizen has to pay, 60 to 86 400 seconds. Default (the platform's): 900. */
  readonly expiresInSeconds?: number;
  /** Up to 20 string values of up to 200 characters, returned in the order and its webhooks. Default: `{}`. */
  readonly metadata?: Readonly<Record<string, string>>;
}

/** An order's status: `expired` is an open order whose payment window has passed. */
export type OrderStatus = 'open' | 'paid' | 'expired';

/** The payment of a paid order. */
export interface OrderPayment {
  readonly id: string;
  /** What was paid, in VND. */
  readonly amount: number;
  /** What has been refunded of it so far, in VND. */
  readonly refunded: number;
  readonly createdAt: string;
}

/** An order, as the platform holds it. Times are ISO 8601. */
export interface Order {
  readonly id: string;
  readonly amount: number;
  readonly currency: 'VND';
  readonly description: string;
  readonly reference: string;
  readonly metadata: Readonly<Record<string, string>>;
  readonly status: OrderStatus;
  readonly expiresAt: string;
  readonly createdAt: string;
  readonly paidAt: string | null;
  readonly payment: OrderPayment | null;
}

const STATUSES: ReadonlySet<unknown> = new Set<OrderStatus>(['open', 'paid', 'expired']);

function readPayment(value: unknown): OrderPayment | null | undefined {
  if (value === null) return null;
  if (!isJsonObject(value)) return undefined;
  const { id, amount, refunded, createdAt } = value;
  if (!isNonEmptyString(id) || !isWholeNumber(amount, 1) || !isWholeNumber(refunded) || !isIsoTime(createdAt)) return undefined;
  return { id, amount, refunded, createdAt };
}

/** Reads an `Order`; `undefined` when `value` is not one. Unknown members are dropped. */
export function readOrder(value: unknown): Order | undefined {
  if (!isJsonObject(value)) return undefined;
  const { id, amount, currency, description, reference, metadata, status, expiresAt, createdAt, paidAt } = value;
  const payment = readPayment(value['payment']);
  if (!isNonEmptyString(id) || !isWholeNumber(amount, 1) || currency !== 'VND' || typeof description !== 'string' ||
    typeof reference !== 'string' || !isStringRecord(metadata) || !STATUSES.has(status) || !isIsoTime(expiresAt) ||
    !isIsoTime(createdAt) || (paidAt !== null && !isIsoTime(paidAt)) || payment === undefined) return undefined;
  return { id, amount, currency, description, reference, metadata: { ...metadata }, status: status as OrderStatus, expiresAt, createdAt, paidAt, payment };
}

/** Reads the answer `{ order }`. */
export const parseOrderAnswer = (body: unknown): Order | undefined => (isJsonObject(body) ? readOrder(body['order']) : undefined);
