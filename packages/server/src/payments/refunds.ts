import type { PartnerRefund } from '@citadel/protocol/api';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { keyReused, requestDigest } from './idempotency.js';
import { accountOf, lockAccounts, postMovement } from './ledger.js';
import { newId } from '../ids.js';
import { enqueueWebhook } from '../webhooks/outbox.js';

interface RefundRow { id: string; payment_id: string; amount: string; reason: string; request_digest: string; created_at: Date }

/**
 * Refunds all or part of an order's payment, idempotently per key: the payment row is locked,
 * so concurrent refunds of one payment run one after another and together never exceed it
 * (a CHECK holds the same line in the database).
 */
export async function refundOrder(db: Database, input: { appId: string; orderId: string; key: string; amount: number; reason: string }): Promise<{ refund: PartnerRefund; replayed: boolean }> {
  const digest = requestDigest({ orderId: input.orderId, amount: input.amount, reason: input.reason });
  return db.transaction(async (tx) => {
    const [payment] = await tx.query<{ id: string; citizen_id: string; amount: string; refunded: string; partner_reference: string; metadata: Record<string, string> }>(
      `SELECT p.id, p.citizen_id, p.amount, p.refunded, o.partner_reference, o.metadata FROM orders o JOIN payments p ON p.order_id = o.id
       WHERE o.id = $1 AND o.app_id = $2 FOR UPDATE OF p`, [input.orderId, input.appId]);
    if (!payment) {
      const [order] = await tx.query('SELECT 1 FROM orders WHERE id = $1 AND app_id = $2', [input.orderId, input.appId]);
      throw order ? new ApiError(409, 'ORDER_NOT_PAID', 'The order has no payment to refund') : new ApiError(404, 'NOT_FOUND', 'No such order for this app');
    }
    const toRefund = (row: RefundRow): PartnerRefund => ({
      id: row.id, orderId: input.orderId, paymentId: row.payment_id, amount: Number(row.amount), reason: row.reason, createdAt: row.created_at.toISOString(),
    });
    const [earlier] = await tx.query<RefundRow>('SELECT * FROM refunds WHERE payment_id = $1 AND idempotency_key = $2', [payment.id, input.key]);
    if (earlier) {
      if (earlier.request_digest !== digest) throw keyReused();
      return { refund: toRefund(earlier), replayed: true };
    }
    const refundable = Number(payment.amount) - Number(payment.refunded);
    if (input.amount > refundable) {
      throw new ApiError(409, 'REFUND_EXCEEDS_PAYMENT', `At most ${refundable} VND of this payment can still be refunded`, { refundable });
    }
    const wallet = accountOf.wallet(payment.citizen_id);
    const merchant = accountOf.merchant(input.appId);
    await lockAccounts(tx, [wallet, merchant]);
    const transactionId = await postMovement(tx, 'refund', [{ accountId: merchant, amount: -input.amount }, { accountId: wallet, amount: input.amount }]);
    const id = newId('ref');
    const [row] = await tx.query<RefundRow>(
      `INSERT INTO refunds (id, payment_id, amount, reason, idempotency_key, request_digest, transaction_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7) RETURNING *`,
      [id, payment.id, input.amount, input.reason, input.key, digest, transactionId]) as [RefundRow];
    await tx.query('UPDATE payments SET refunded = refunded + $2 WHERE id = $1', [payment.id, input.amount]);
    await enqueueWebhook(tx, input.appId, 'payment.refunded', {
      orderId: input.orderId, paymentId: payment.id, refundId: id, amount: input.amount, refunded: Number(payment.refunded) + input.amount,
      currency: 'VND', reference: payment.partner_reference, metadata: payment.metadata, at: row.created_at.toISOString(),
    });
    return { refund: toRefund(row), replayed: false };
  });
}
