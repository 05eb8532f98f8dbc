import type { LocalizedText } from '@citadel/protocol';
import type { HistoryEntry, LedgerKind } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';
import { accountOf } from './ledger.js';

const PAGE = 20;

/** A page of the wallet's history, newest first; `next` is the cursor of the following page. */
export async function walletHistory(db: Queryable, citizenId: string, before: number | undefined): Promise<{ entries: HistoryEntry[]; next: string | null }> {
  const rows = await db.query<{ posting_id: string; kind: LedgerKind; amount: string; at: Date; payment_id: string | null; app_id: string | null; name: LocalizedText | null; description: string | null }>(
    `SELECT lp.id AS posting_id, t.kind, lp.amount, t.created_at AS at, coalesce(pay.id, rp.id) AS payment_id,
            o.app_id, a.manifest -> 'name' AS name, o.description
     FROM ledger_postings lp
     JOIN ledger_transactions t ON t.id = lp.transaction_id
     LEFT JOIN payments pay ON pay.transaction_id = t.id
     LEFT JOIN refunds r ON r.transaction_id = t.id
     LEFT JOIN payments rp ON rp.id = r.payment_id
     LEFT JOIN orders o ON o.id = coalesce(pay.order_id, rp.order_id)
     LEFT JOIN apps a ON a.id = o.app_id
     WHERE lp.account_id = $1 AND ($2::bigint IS NULL OR lp.id < $2)
     ORDER BY lp.id DESC LIMIT $3`,
    [accountOf.wallet(citizenId), before ?? null, PAGE + 1]);
  const page = rows.slice(0, PAGE);
  return {
    entries: page.map((r) => ({
      id: r.posting_id, kind: r.kind, amount: Number(r.amount), appId: r.app_id, appName: r.name, description: r.description,
      paymentId: r.payment_id, at: r.at.toISOString(),
    })),
    next: rows.length > PAGE ? page[page.length - 1]!.posting_id : null,
  };
}
