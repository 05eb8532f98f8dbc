import type { LocalizedText } from '@citadel/protocol';
import type { CreateOrderBody, PartnerOrder, SheetOrder } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';
import { ApiError } from '../errors.js';
import { keyReused, requestDigest } from './idempotency.js';
import { newId } from '../ids.js';

/** The default payment window of an order. */
export const DEFAULT_ORDER_SECONDS = 900;

/** An `orders` row, joined with its payment's columns when the order is paid. */
export interface OrderRow {
  id: string; app_id: string; amount: string; description: string; partner_reference: string; metadata: Record<string, string>;
  status: 'open' | 'paid' | 'cancelled'; expires_at: Date; created_at: Date; paid_at: Date | null; cancelled_at: Date | null; request_digest: string;
  payment_id: string | null; payment_amount: string | null; payment_refunded: string | null; payment_created_at: Date | null;
}

const SELECT = `SELECT o.*, p.id AS payment_id, p.amount AS payment_amount, p.refunded AS payment_refunded, p.created_at AS payment_created_at
  FROM orders o LEFT JOIN payments p ON p.order_id = o.id`;

/** The status an order shows: an open order past its window is expired. */
export const orderStatus = (row: Pick<OrderRow, 'status' | 'expires_at'>, now = Date.now()) =>
  row.status !== 'open' ? row.status : row.expires_at.getTime() <= now ? 'expired' : 'open';

export const toPartnerOrder = (row: OrderRow): PartnerOrder => ({
  id: row.id,
  amount: Number(row.amount),
  currency: 'VND',
  description: row.description,
  reference: row.partner_reference,
  metadata: row.metadata,
  status: orderStatus(row),
  expiresAt: row.expires_at.toISOString(),
  createdAt: row.created_at.toISOString(),
  paidAt: row.paid_at?.toISOString() ?? null,
  cancelledAt: row.cancelled_at?.toISOString() ?? null,
  payment: row.payment_id
    ? { id: row.payment_id, amount: Number(row.payment_amount), refunded: Number(row.payment_refunded), createdAt: row.payment_created_at!.toISOString() }
    : null,
});

/** One order of an app, as stored, whatever its status; undefined when the app has no such order. */
async function findOrder(db: Queryable, appId: string, id: string): Promise<OrderRow | undefined> {
  const [row] = await db.query<OrderRow>(`${SELECT} WHERE o.id = $1 AND o.app_id = $2`, [id, appId]);
  return row;
}

/** An order as the payment sheet shows it, with the app's registered name; undefined when the app has no such order. */
export async function sheetOrder(db: Queryable, app: { id: string; name: LocalizedText }, id: string): Promise<SheetOrder | undefined> {
  const row = await findOrder(db, app.id, id);
  return row && {
    id: row.id, appId: app.id, appName: app.name, amount: Number(row.amount), currency: 'VND',
    description: row.description, status: orderStatus(row), expiresAt: row.expires_at.toISOString(),
  };
}

/** Partner orders: create (idempotent per app and key) and read (only the app's own). */
export function createOrders(db: Queryable) {
  const byId = (appId: string, id: string) => findOrder(db, appId, id);
  return {
    /** Creates an order, or answers the one this key already created (`replayed`); 409 when the key was used for another request. */
    async create(appId: string, key: string, input: CreateOrderBody): Promise<{ order: PartnerOrder; replayed: boolean }> {
      const digest = requestDigest(input);
      const id = newId('ord');
      const inserted = await db.query<{ id: string }>(
        `INSERT INTO orders (id, app_id, amount, description, partner_reference, metadata, expires_at, idempotency_key, request_digest)
         VALUES ($1, $2, $3, $4, $5, $6, now() + make_interval(secs => $7), $8, $9)
         ON CONFLICT (app_id, idempotency_key) DO NOTHING RETURNING id`,
        [id, appId, input.amount, input.description, input.reference, JSON.stringify(input.metadata ?? {}), input.expiresInSeconds ?? DEFAULT_ORDER_SECONDS, key, digest]);
      if (inserted.length > 0) return { order: toPartnerOrder((await byId(appId, id))!), replayed: false };
      const [existing] = await db.query<OrderRow>(`${SELECT} WHERE o.app_id = $1 AND o.idempotency_key = $2`, [appId, key]);
      if (!existing || existing.request_digest !== digest) throw keyReused();
      return { order: toPartnerOrder(existing), replayed: true };
    },
    /**
     * Cancels an unpaid order (open or expired), so it can no longer be paid; an order already
     * cancelled answers as it is. The row is locked as a payment locks it, so of a cancel and a
     * payment racing, exactly one wins: the other sees the order paid (409 `ALREADY_PAID`) or
     * cancelled (409 `ORDER_CANCELLED`).
     */
    async cancel(appId: string, id: string): Promise<PartnerOrder> {
      const [row] = await db.query<OrderRow>(
        `UPDATE orders SET status = 'cancelled', cancelled_at = now() WHERE id = $1 AND app_id = $2 AND status = 'open' RETURNING id`, [id, appId]);
      const order = await byId(appId, id);
      if (!order) throw new ApiError(404, 'NOT_FOUND', 'No such order for this app');
      if (!row && order.status === 'paid') throw new ApiError(409, 'ALREADY_PAID', 'This order is paid: refund it instead', { paymentId: order.payment_id });
      return toPartnerOrder(order);
    },
    async get(appId: string, id: string): Promise<PartnerOrder> {
      const row = await byId(appId, id);
      if (!row) throw new ApiError(404, 'NOT_FOUND', 'No such order for this app');
      return toPartnerOrder(row);
    },
  };
}
