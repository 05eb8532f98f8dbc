import * as z from 'zod/mini';
import { Currency, IsoTime, NextCursor } from './common.js';

/** The most payments one page lists: 50. */
export const PAYMENTS_PAGE_SIZE = 50;

/** A page cursor of an app's payments: the id of the last payment of the page before. */
export const PaymentCursorQuery = z.object({ before: z.optional(z.string().check(z.regex(/^pay_[A-Za-z0-9_-]{22}$/, 'not a cursor this API gave out'))) });

/** One refund of a payment, as the organisation's finance people see it. */
export const PaymentRefundView = z.object({ id: z.string(), amount: z.int(), reason: z.string(), at: IsoTime });

/**
 * One payment to the app, as the organisation's finance people see it: the order it paid (your `reference` and
 * description), the amount, what was refunded of it and each refund, and the payer's pairwise id for the app (the
 * `sub` of their identity tokens and of the `payment.succeeded` webhook).
 */
export const PaymentView = z.object({
  id: z.string(), orderId: z.string(), reference: z.string(), description: z.string(), amount: z.int(), currency: Currency,
  refunded: z.int(), sub: z.string(), paidAt: IsoTime, refunds: z.array(PaymentRefundView),
});

/** `GET /api/developer/v1/apps/:appId/payments`: a page of payments, newest first, and the app's totals. */
export const PaymentsPageAnswer = z.object({
  payments: z.array(PaymentView),
  next: NextCursor,
  /** Every payment to the app so far: how many, their sum and what was refunded of it, in đồng. */
  totals: z.object({ count: z.int(), paid: z.int(), refunded: z.int() }),
});
