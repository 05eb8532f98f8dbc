import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { accountOf, ensureAccounts, lockAccounts, postMovement } from './ledger.js';
import { newId } from '../ids.js';
import { orderStatus, type OrderRow } from './orders.js';
import { enqueueWebhook } from '../webhooks/outbox.js';

/** A settled payment, as the payer's host learns of it. */
export interface SettledPayment {
  readonly paymentId: string;
  readonly orderId: string;
  readonly appId: string;
  readonly amount: number;
  readonly reference: string;
  readonly paidAt: Date;
}

/**
 * Settles an order from a citizen's wallet in one database transaction: the order and the
 * accounts are locked (order first, then accounts in id order), the wallet is debited and the
 * app's merchant account credited by balanced postings, the payment and the `payment.succeeded`
 * webhook are written, and the order is marked paid. Concurrent attempts on one order or one
 * wallet wait for each other; exactly one of two payments of one order succeeds.
 */
export async function settleOrder(db: Database, input: { citizenId: string; appId: string; orderId: string; subject: string }): Promise<SettledPayment> {
  return db.transaction(async (tx) => {
    const [order] = await tx.query<OrderRow>('SELECT * FROM orders WHERE id = $1 AND app_id = $2 FOR UPDATE', [input.orderId, input.appId]);
    if (!order) throw new ApiError(404, 'ORDER_NOT_FOUND', 'No such order for this app');
    if (order.status === 'paid') {
      // The payment id only to the citizen who paid: another payer's id is none of this citizen's business.
      const [paid] = await tx.query<{ id: string }>('SELECT id FROM payments WHERE order_id = $1 AND citizen_id = $2', [order.id, input.citizenId]);
      throw new ApiError(409, 'ALREADY_PAID', 'This order is already paid', { paymentId: paid?.id ?? null });
    }
    if (order.status === 'cancelled') throw new ApiError(409, 'ORDER_CANCELLED', 'The seller cancelled this order');
    if (orderStatus(order) === 'expired') throw new ApiError(410, 'ORDER_EXPIRED', 'The order’s payment window has passed');
    const amount = Number(order.amount);
    const wallet = accountOf.wallet(input.citizenId);
    const merchant = accountOf.merchant(input.appId);
    await ensureAccounts(tx, { wallet: input.citizenId, merchant: input.appId });
    const balances = await lockAccounts(tx, [wallet, merchant]);
    const balance = balances.get(wallet) ?? 0;
    if (balance < amount) throw new ApiError(402, 'INSUFFICIENT_FUNDS', 'The wallet holds less than the order’s amount', { balance, amount });

    const transactionId = await postMovement(tx, 'payment', [{ accountId: wallet, amount: -amount }, { accountId: merchant, amount }]);
    const paymentId = newId('pay');
    const [{ created_at: paidAt }] = await tx.query<{ created_at: Date }>(
      'INSERT INTO payments (id, order_id, app_id, citizen_id, amount, transaction_id) VALUES ($1, $2, $3, $4, $5, $6) RETURNING created_at',
      [paymentId, order.id, input.appId, input.citizenId, amount, transactionId]) as [{ created_at: Date }];
    await tx.query("UPDATE orders SET status = 'paid', paid_at = $2 WHERE id = $1", [order.id, paidAt]);
    await enqueueWebhook(tx, input.appId, 'payment.succeeded', {
      orderId: order.id, paymentId, amount, currency: 'VND', reference: order.partner_reference, metadata: order.metadata,
      sub: input.subject, paidAt: paidAt.toISOString(),
    });
    return { paymentId, orderId: order.id, appId: input.appId, amount, reference: order.partner_reference, paidAt };
  });
}
