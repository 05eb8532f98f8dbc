import * as z from 'zod/mini';
import { LocalizedText } from '../schemas.js';
import { Currency, IsoTime } from './common.js';
import { StepUp } from './pin.js';

/** An order id: `ord_` and 22 characters. */
export const OrderId = z.string().check(z.regex(/^ord_[\w-]{22}$/));
/** An order's status: `expired` is an open order whose payment window has passed; `cancelled`, one its partner cancelled unpaid. */
export const OrderStatus = z.enum(['open', 'paid', 'expired', 'cancelled']);
/** An order's status. */
export type OrderStatus = z.infer<typeof OrderStatus>;

/** The payment sheet's order: as the server holds it, never the mini-app's words. */
export const SheetOrder = z.object({
  id: z.string(),
  appId: z.string(),
  appName: LocalizedText,
  amount: z.int(),
  currency: Currency,
  description: z.string(),
  status: OrderStatus,
  expiresAt: IsoTime,
});
/** The payment sheet's order. */
export type SheetOrder = z.infer<typeof SheetOrder>;
/** `GET /api/payments/orders/:orderId?app=`: the order and the citizen's balance. */
export const SheetAnswer = z.object({ order: SheetOrder, balance: z.int() });
/** The order as the payment sheet shows it, and the citizen's balance. */
export type SheetAnswer = z.infer<typeof SheetAnswer>;
/** The app an order belongs to. */
export const SheetQuery = z.object({ app: z.string().check(z.maxLength(64)) });
/** A path naming one order. */
export const OrderPath = z.object({ orderId: OrderId });
/**
 * `POST /api/payments/orders/:orderId/pay`: the app and the citizen's step-up, never the password: the payment PIN,
 * or a passkey's assertion answering the order's challenge.
 */
export const PayBody = z.strictObject({ appId: z.string().check(z.maxLength(64)), stepUp: StepUp });
/** A settled payment and its signed receipt (a JWS the mini-app hands its backend). */
export const PayAnswer = z.object({ status: z.literal('succeeded'), paymentId: z.string(), receipt: z.string() });
/** A settled payment and its signed receipt: what `payments.pay` resolves with in the app. */
export type PayAnswer = z.infer<typeof PayAnswer>;
/** A path naming one payment. */
export const PaymentPath = z.object({ paymentId: z.string().check(z.maxLength(64)) });
/** A payment as the citizen's receipt shows it. */
export const Receipt = z.object({
  paymentId: z.string(),
  orderId: z.string(),
  appId: z.string(),
  appName: LocalizedText,
  amount: z.int(),
  refunded: z.int(),
  currency: Currency,
  description: z.string(),
  reference: z.string(),
  paidAt: IsoTime,
});
/** A payment as the citizen's receipt shows it. */
export type Receipt = z.infer<typeof Receipt>;
/** `GET /api/payments/:paymentId`: the receipt and its signed form. */
export const ReceiptAnswer = z.object({ receipt: Receipt, jws: z.string() });
/** One of the citizen's payments and its signed form. */
export type ReceiptAnswer = z.infer<typeof ReceiptAnswer>;
