import { PAYMENTS_PAGE_SIZE } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';
import type { createPairwise } from '../identity/pairwise.js';

type PaymentRow = {
  id: string; order_id: string; partner_reference: string; description: string; amount: string; currency: string;
  refunded: string; citizen_id: string; created_at: Date;
  refunds: Array<{ id: string; amount: string; reason: string; at: string }> | null;
};

/**
 * An app's payments as its organisation's finance people read them (docs/publish-your-app.md, "Payments"): newest
 * first, a page at a time (keyset on time and id, so a payment made while paging is neither skipped nor repeated),
 * each with its order, its refunds and the payer's pairwise id for the app; and the app's totals.
 */
export function createAppPayments(db: Queryable, pairwise: ReturnType<typeof createPairwise>) {
  return {
    async page(appId: string, before?: string) {
      const rows = await db.query<PaymentRow>(
        `SELECT p.id, p.order_id, o.partner_reference, o.description, p.amount, o.currency, p.refunded, p.citizen_id, p.created_at,
                (SELECT json_agg(json_build_object('id', r.id, 'amount', r.amount, 'reason', r.reason, 'at', r.created_at) ORDER BY r.created_at)
                 FROM refunds r WHERE r.payment_id = p.id) AS refunds
         FROM payments p JOIN orders o ON o.id = p.order_id
         WHERE p.app_id = $1 AND ($2::text IS NULL OR (p.created_at, p.id) < (SELECT created_at, id FROM payments WHERE id = $2 AND app_id = $1))
         ORDER BY p.created_at DESC, p.id DESC LIMIT $3`,
        [appId, before ?? null, PAYMENTS_PAGE_SIZE + 1]);
      const [totals] = await db.query<{ count: string; paid: string | null; refunded: string | null }>(
        'SELECT count(*) AS count, sum(amount) AS paid, sum(refunded) AS refunded FROM payments WHERE app_id = $1', [appId]);
      const shown = rows.slice(0, PAYMENTS_PAGE_SIZE);
      return {
        payments: await Promise.all(shown.map(async (row) => ({
          id: row.id, orderId: row.order_id, reference: row.partner_reference, description: row.description,
          amount: Number(row.amount), currency: row.currency as 'VND', refunded: Number(row.refunded),
          sub: await pairwise.subject(appId, row.citizen_id), paidAt: row.created_at.toISOString(),
          refunds: (row.refunds ?? []).map((r) => ({ id: r.id, amount: Number(r.amount), reason: r.reason, at: new Date(r.at).toISOString() })),
        }))),
        next: rows.length > PAYMENTS_PAGE_SIZE ? shown.at(-1)!.id : null,
        totals: { count: Number(totals!.count), paid: Number(totals!.paid ?? 0), refunded: Number(totals!.refunded ?? 0) },
      };
    },
  };
}
