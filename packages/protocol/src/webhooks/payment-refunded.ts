import * as z from 'zod/mini';
import { Amount, Currency, Id, IsoTime, Metadata } from './fields.js';

/** The `data` of a `payment.refunded` webhook: one refund of a payment, which may be partial. */
export const PaymentRefundedData = z.object({
  orderId: Id,
  paymentId: Id,
  refundId: Id,
  /** What this refund gave back, in VND. */
  amount: Amount,
  /** What has been refunded of the payment in all, this refund included. */
  refunded: Amount,
  currency: Currency,
  /** Your own reference of the order. */
  reference: z.string(),
  /** The metadata you gave the order. */
  metadata: Metadata,
  /** When the refund happened (ISO 8601). */
  at: IsoTime,
});

/** The `data` of a `payment.refunded` webhook. */
export type PaymentRefundedData = z.infer<typeof PaymentRefundedData>;
