import type { LocalizedText } from '@citadel/protocol';
import type { Receipt } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';

/** A `payments` row joined with what its receipt shows of the order and the app. */
interface ReceiptRow {
  id: string; order_id: string; app_id: string; amount: string; refunded: string; created_at: Date;
  description: string; partner_reference: string; name: LocalizedText;
}

/** The receipt of one of the citizen's payments; undefined when it is not theirs. */
export async function paymentReceipt(db: Queryable, citizenId: string, paymentId: string): Promise<Receipt | undefined> {
  const [row] = await db.query<ReceiptRow>(
    `SELECT p.id, p.order_id, p.app_id, p.amount, p.refunded, p.created_at, o.description, o.partner_reference, a.manifest -> 'name' AS name
     FROM payments p JOIN orders o ON o.id = p.order_id JOIN apps a ON a.id = p.app_id WHERE p.id = $1 AND p.citizen_id = $2`,
    [paymentId, citizenId]);
  return row && {
    paymentId: row.id, orderId: row.order_id, appId: row.app_id, appName: row.name, amount: Number(row.amount), refunded: Number(row.refunded),
    currency: 'VND', description: row.description, reference: row.partner_reference, paidAt: row.created_at.toISOString(),
  };
}
