import { isIsoTime, isJsonObject, isNonEmptyString, isWholeNumber } from './json-value.js';

/** What your server sends to refund a paid order (`POST /api/partner/v1/orders/:id/refunds`). */
export interface RefundInput {
  /** What to give back, in VND: 1 up to what is left of the payment. */
  readonly amount: number;
  /** Why, up to 200 characters; shown in the citizen's history. Default: none. */
  readonly reason?: string;
}

/** A refund. */
export interface Refund {
  readonly id: string;
  readonly orderId: string;
  readonly paymentId: string;
  readonly amount: number;
  /** The reason given, `''` when none was. */
  readonly reason: string;
  readonly createdAt: string;
}

/** Reads the answer `{ refund }`; `undefined` when it is not that shape. */
export function parseRefundAnswer(body: unknown): Refund | undefined {
  const refund = isJsonObject(body) ? body['refund'] : undefined;
  if (!isJsonObject(refund)) return undefined;
  const { id, orderId, paymentId, amount, reason, createdAt } = refund;
  if (!isNonEmptyString(id) || !isNonEmptyString(orderId) || !isNonEmptyString(paymentId) || !isWholeNumber(amount, 1) ||
    typeof reason !== 'string' || !isIsoTime(createdAt)) return undefined;
  return { id, orderId, paymentId, amount, reason, createdAt };
}
