import { isDeepStrictEqual } from 'node:util';
import type { CreateOrderBody, PartnerOrder, PartnerRefund, RefundBody } from '@citadel/protocol/api';
import type { PaymentRefundedData, PaymentSucceededData } from '@citadel/protocol/webhooks';
import { newId } from './ids.js';
import { PlatformRefusal, keyReused, noSuchOrder } from './refusal.js';

/** The platform's payment window when an order names none, in seconds. */
const DEFAULT_ORDER_SECONDS = 900;

/** An order the partner API created: the `Idempotency-Key` and body it was created with, and the order as it is now. */
export interface RecordedOrder {
  readonly key: string;
  readonly body: CreateOrderBody;
  readonly order: PartnerOrder;
}

/** A refund the partner API made: its key, the order, the body, and the refund. */
export interface RecordedRefund {
  readonly key: string;
  readonly orderId: string;
  readonly body: RefundBody;
  readonly refund: PartnerRefund;
}

interface Entry {
  readonly key: string;
  readonly body: CreateOrderBody;
  readonly id: string;
  readonly createdAt: Date;
  readonly expiresAt: Date;
  state: 'open' | 'paid' | 'cancelled';
  cancelledAt: Date | null;
  payment: { id: string; sub: string; at: Date; refunded: number } | null;
}

const iso = (date: Date | null) => date?.toISOString() ?? null;

const view = (entry: Entry, now: Date): PartnerOrder => ({
  id: entry.id, amount: entry.body.amount, currency: 'VND', description: entry.body.description, reference: entry.body.reference,
  metadata: entry.body.metadata ?? {},
  status: entry.state !== 'open' ? entry.state : entry.expiresAt.getTime() <= now.getTime() ? 'expired' : 'open',
  expiresAt: entry.expiresAt.toISOString(), createdAt: entry.createdAt.toISOString(), paidAt: iso(entry.payment?.at ?? null),
  cancelledAt: iso(entry.cancelledAt),
  payment: entry.payment && { id: entry.payment.id, amount: entry.body.amount, refunded: entry.payment.refunded, createdAt: entry.payment.at.toISOString() },
});

/**
 * The orders and refunds of one app, kept as the platform keeps them: one order per `Idempotency-Key` (the same
 * body again answers it, `replayed`; another body is `409 IDEMPOTENCY_KEY_REUSED`), an open order expiring after its
 * window, a cancel only before payment, refunds only of a payment and never beyond it.
 */
export function createOrderBook(clock: () => Date) {
  const entries: Entry[] = [];
  const viewOf = (entry: Entry) => view(entry, clock());
  const refunds: RecordedRefund[] = [];
  const find = (id: string) => entries.find((entry) => entry.id === id);
  const record = (entry: Entry): RecordedOrder => ({ key: entry.key, body: entry.body, get order() { return viewOf(entry); } });
  const recorded: RecordedOrder[] = [];

  return {
    recorded: recorded as readonly RecordedOrder[],
    refunds: refunds as readonly RecordedRefund[],
    create(key: string, body: CreateOrderBody): { order: PartnerOrder; replayed: boolean } {
      const earlier = entries.find((entry) => entry.key === key);
      if (earlier) {
        if (!isDeepStrictEqual(earlier.body, body)) throw keyReused();
        return { order: viewOf(earlier), replayed: true };
      }
      const now = clock();
      const entry: Entry = {
        key, body, id: newId('ord'), createdAt: now, expiresAt: new Date(now.getTime() + (body.expiresInSeconds ?? DEFAULT_ORDER_SECONDS) * 1000),
        state: 'open', cancelledAt: null, payment: null,
      };
      entries.push(entry);
      recorded.push(record(entry));
      return { order: viewOf(entry), replayed: false };
    },
    get(id: string): PartnerOrder {
      const entry = find(id);
      if (!entry) throw noSuchOrder();
      return viewOf(entry);
    },
    cancel(id: string): PartnerOrder {
      const entry = find(id);
      if (!entry) throw noSuchOrder();
      if (entry.payment) throw new PlatformRefusal(409, 'ALREADY_PAID', 'This order is paid: refund it instead', { paymentId: entry.payment.id });
      if (entry.state === 'open') Object.assign(entry, { state: 'cancelled', cancelledAt: clock() });
      return viewOf(entry);
    },
    /** Marks an open order paid by `sub`; throws `Error` for an order that cannot be paid, naming why. */
    pay(id: string, sub: string): PaymentSucceededData {
      const entry = find(id);
      if (!entry) throw new Error(`No order ${id} on the test platform`);
      const status = viewOf(entry).status;
      if (status !== 'open') throw new Error(`Order ${id} is ${status}: only an open order can be paid`);
      entry.state = 'paid';
      entry.payment = { id: newId('pay'), sub, at: clock(), refunded: 0 };
      return {
        orderId: entry.id, paymentId: entry.payment.id, amount: entry.body.amount, currency: 'VND', reference: entry.body.reference,
        metadata: entry.body.metadata ?? {}, sub, paidAt: entry.payment.at.toISOString(),
      };
    },
    refund(id: string, key: string, body: RefundBody): { refund: PartnerRefund; replayed: boolean; event?: PaymentRefundedData } {
      const entry = find(id);
      if (!entry) throw noSuchOrder();
      const { payment } = entry;
      if (!payment) throw new PlatformRefusal(409, 'ORDER_NOT_PAID', 'The order has no payment to refund');
      const earlier = refunds.find((made) => made.orderId === id && made.key === key);
      if (earlier) {
        if (!isDeepStrictEqual({ ...earlier.body, reason: earlier.body.reason ?? '' }, { ...body, reason: body.reason ?? '' })) throw keyReused();
        return { refund: earlier.refund, replayed: true };
      }
      const refundable = entry.body.amount - payment.refunded;
      if (body.amount > refundable) {
        throw new PlatformRefusal(409, 'REFUND_EXCEEDS_PAYMENT', `At most ${refundable} VND of this payment can still be refunded`, { refundable });
      }
      payment.refunded += body.amount;
      const refund: PartnerRefund = {
        id: newId('ref'), orderId: id, paymentId: payment.id, amount: body.amount, reason: body.reason ?? '', createdAt: clock().toISOString(),
      };
      refunds.push({ key, orderId: id, body, refund });
      const event: PaymentRefundedData = {
        orderId: id, paymentId: payment.id, refundId: refund.id, amount: body.amount, refunded: payment.refunded, currency: 'VND',
        reference: entry.body.reference, metadata: entry.body.metadata ?? {}, at: refund.createdAt,
      };
      return { refund, replayed: false, event };
    },
  };
}

/** The orders and refunds of the test platform. */
export type OrderBook = ReturnType<typeof createOrderBook>;
