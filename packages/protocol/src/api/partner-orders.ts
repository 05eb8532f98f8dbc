import * as z from 'zod/mini';
import { Currency, IsoTime, Text } from './common.js';
import { OrderStatus } from './payments.js';

/** An amount in VND: a whole number from 1 to 1 000 000 000. */
export const Amount = z.int().check(z.minimum(1), z.maximum(1_000_000_000));

/** A metadata key: up to 40 characters, never `constructor` or `prototype` (and the server refuses `__proto__` in any body). */
const MetadataKey = z.string().check(z.maxLength(40), z.regex(/^(?!(?:__proto__|constructor|prototype)$)/, 'must not be constructor or prototype'));

/** `POST /api/partner/v1/orders`. */
export const CreateOrderBody = z.strictObject({
  /** What the citizen pays, in VND. */
  amount: Amount,
  /** Shown to the citizen on the payment sheet, 1 to 200 characters. */
  description: Text(200),
  /** The partner's own id for the order, 1 to 100 characters; it comes back in the order and its webhooks. */
  reference: Text(100),
  /** How long the citizen has to pay, 60 to 86 400 seconds. Default 900. */
  expiresInSeconds: z.optional(z.int().check(z.minimum(60), z.maximum(86_400))),
  /** Up to 20 string values of up to 200 characters under keys of up to 40, returned in the order and its webhooks. Default `{}`. */
  metadata: z.optional(z.record(MetadataKey, z.string().check(z.maxLength(200)))
    .check(z.refine((m) => Object.keys(m).length <= 20, 'at most 20 entries'))),
});
/** What a partner sends to create an order. */
export type CreateOrderBody = z.input<typeof CreateOrderBody>;

/** A positive amount the server holds, in VND. */
const Paid = z.int().check(z.minimum(1));
/** What has been given back so far, in VND. */
const Refunded = z.int().check(z.minimum(0));

/** The payment of a paid order; `refunded` is what has been given back so far, in VND. */
export const OrderPayment = z.object({ id: z.string(), amount: Paid, refunded: Refunded, createdAt: IsoTime });
/** The payment of a paid order. */
export type OrderPayment = z.infer<typeof OrderPayment>;
/** An order as the partner API shows it. */
export const PartnerOrder = z.object({
  id: z.string(),
  amount: Paid,
  currency: Currency,
  description: z.string(),
  reference: z.string(),
  metadata: z.record(z.string(), z.string()),
  status: OrderStatus,
  expiresAt: IsoTime,
  createdAt: IsoTime,
  paidAt: z.nullable(IsoTime),
  /** When the partner cancelled it unpaid (`POST /orders/:id/cancel`); null otherwise (absent from servers before cancelling existed). */
  cancelledAt: z.optional(z.nullable(IsoTime)),
  payment: z.nullable(OrderPayment),
});
/** An order as the partner API shows it. */
export type PartnerOrder = z.infer<typeof PartnerOrder>;
/** Answers carrying one order. */
export const OrderAnswer = z.object({ order: PartnerOrder });
/** A path naming one order by `:id`. */
export const PartnerOrderPath = z.object({ id: z.string().check(z.maxLength(64)) });

/** `POST /api/partner/v1/orders/:id/refunds`: 1 VND up to what is left of the payment, and why (up to 200 characters). */
export const RefundBody = z.strictObject({ amount: Amount, reason: z.optional(z.string().check(z.maxLength(200))) });
/** What a partner sends to refund a paid order. */
export type RefundBody = z.input<typeof RefundBody>;
/** A refund; `reason` is `''` when none was given. */
export const PartnerRefund = z.object({
  id: z.string(), orderId: z.string(), paymentId: z.string(), amount: Paid, reason: z.string(), createdAt: IsoTime,
});
/** A refund as the partner API shows it. */
export type PartnerRefund = z.infer<typeof PartnerRefund>;
/** The answer to a refund. */
export const RefundAnswer = z.object({ refund: PartnerRefund });
