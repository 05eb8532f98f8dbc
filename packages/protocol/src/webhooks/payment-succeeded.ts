import * as z from 'zod/mini';
import { Amount, Currency, Id, IsoTime, Metadata } from './fields.js';

/** The `data` of a `payment.succeeded` webhook: a citizen paid one of your orders. */
export const PaymentSucceededData = z.object({
  /** The order that was paid. */
  orderId: Id,
  paymentId: Id,
  /** What the citizen paid, in VND: compare it with your order. */
  amount: Amount,
  currency: Currency,
  /** Your own reference of the order. */
  reference: z.string(),
  /** The metadata you gave the order. */
  metadata: Metadata,
  /** The payer's pairwise id for your app. */
  sub: Id,
  /** When the payment happened (ISO 8601). */
  paidAt: IsoTime,
});

/** The `data` of a `payment.succeeded` webhook. */
export type PaymentSucceededData = z.infer<typeof PaymentSucceededData>;
