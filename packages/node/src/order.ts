import { OrderAnswer, type CreateOrderBody, type OrderPayment as ApiOrderPayment, type OrderStatus as ApiOrderStatus, type PartnerOrder } from '@citadel/protocol/api';
import { readAnswer } from './read-answer.js';

/**
 * What your server sends to create an order (`POST /api/partner/v1/orders`): `amount` in VND, a
 * whole number from 1 to 1 000 000 000; `description` shown to the citizen on the payment sheet,
 * 1 to 200 characters; `reference` your own id for the order, 1 to 100 characters, which comes
 * back in the order and its webhooks; `expiresInSeconds` how long the citizen has to pay, 60 to
 * 86 400 seconds (default, the platform's: 900); `metadata` up to 20 string values of up to 200
 * characters, returned in the order and its webhooks (default `{}`).
 */
export type CreateOrderInput = CreateOrderBody;

/** An order's status: `expired` is an open order whose payment window has passed. */
export type OrderStatus = ApiOrderStatus;

/** The payment of a paid order: `amount` paid and `refunded` so far, in VND. */
export type OrderPayment = ApiOrderPayment;

/** An order, as the platform holds it. Times are ISO 8601. */
export type Order = PartnerOrder;

/** Reads the answer `{ order }`; `undefined` when it is not that shape. Unknown members are dropped. */
export const parseOrderAnswer = readAnswer(OrderAnswer, (answer) => answer.order);
