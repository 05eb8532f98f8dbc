import type { Queryable } from '../db/database.js';

/** One partner's figures for one day (UTC). */
export interface DayFigures {
  readonly appId: string;
  readonly day: string;
  readonly orders: number;
  readonly payments: number;
  readonly paid: number;
  readonly refunds: number;
  readonly refunded: number;
  /** The net of the day's postings to the app's merchant account. */
  readonly ledger: number;
}

/** What reconciliation found: the figures, and every check that failed (empty when the books balance). */
export interface Reconciliation {
  readonly days: DayFigures[];
  readonly problems: string[];
}

const int = (v: unknown) => Number(v ?? 0);

/**
 * Reconciles the payments tables with the ledger. Checks that every ledger transaction sums to
 * zero; every account's balance is the sum of its postings; no wallet or merchant is negative;
 * every payment and refund has its own ledger movement of its amount; `payments.refunded` is the
 * sum of its refunds; paid orders and payments match one to one; and, per partner and day, the
 * payments less the refunds equal the merchant account's ledger movement.
 */
export async function reconcile(db: Queryable): Promise<Reconciliation> {
  const problems: string[] = [];
  const check = async (sql: string, describe: (row: Record<string, unknown>) => string) => {
    for (const row of await db.query(sql)) problems.push(describe(row));
  };
  await check(`SELECT transaction_id, sum(amount) AS total FROM ledger_postings GROUP BY transaction_id HAVING sum(amount) <> 0`,
    (r) => `ledger transaction ${r.transaction_id} sums to ${r.total}, not 0`);
  await check(`SELECT a.id, a.balance, coalesce(sum(p.amount), 0) AS postings FROM ledger_accounts a LEFT JOIN ledger_postings p ON p.account_id = a.id
               GROUP BY a.id, a.balance HAVING a.balance <> coalesce(sum(p.amount), 0)`,
    (r) => `account ${r.id} holds ${r.balance} but its postings sum to ${r.postings}`);
  await check(`SELECT id, balance FROM ledger_accounts WHERE kind <> 'funding' AND balance < 0`, (r) => `account ${r.id} is negative: ${r.balance}`);
  await check(`SELECT pay.id, pay.amount FROM payments pay WHERE NOT EXISTS (
                 SELECT 1 FROM ledger_transactions t WHERE t.id = pay.transaction_id AND t.kind = 'payment'
                 AND (SELECT sum(amount) FROM ledger_postings p WHERE p.transaction_id = t.id AND p.account_id = 'merchant:' || pay.app_id) = pay.amount
                 AND (SELECT sum(amount) FROM ledger_postings p WHERE p.transaction_id = t.id AND p.account_id = 'wallet:' || pay.citizen_id) = -pay.amount)`,
    (r) => `payment ${r.id} of ${r.amount} has no matching ledger movement`);
  await check(`SELECT r.id, r.amount FROM refunds r JOIN payments pay ON pay.id = r.payment_id WHERE NOT EXISTS (
                 SELECT 1 FROM ledger_transactions t WHERE t.id = r.transaction_id AND t.kind = 'refund'
                 AND (SELECT sum(amount) FROM ledger_postings p WHERE p.transaction_id = t.id AND p.account_id = 'wallet:' || pay.citizen_id) = r.amount
                 AND (SELECT sum(amount) FROM ledger_postings p WHERE p.transaction_id = t.id AND p.account_id = 'merchant:' || pay.app_id) = -r.amount)`,
    (r) => `refund ${r.id} of ${r.amount} has no matching ledger movement`);
  await check(`SELECT pay.id, pay.refunded, coalesce(sum(r.amount), 0) AS total FROM payments pay LEFT JOIN refunds r ON r.payment_id = pay.id
               GROUP BY pay.id, pay.refunded HAVING pay.refunded <> coalesce(sum(r.amount), 0)`,
    (r) => `payment ${r.id} records ${r.refunded} refunded but its refunds sum to ${r.total}`);
  await check(`SELECT o.id FROM orders o LEFT JOIN payments pay ON pay.order_id = o.id WHERE (o.status = 'paid') <> (pay.id IS NOT NULL)`,
    (r) => `order ${r.id} and its payment disagree on whether it is paid`);
  await check(`SELECT t.id FROM ledger_transactions t WHERE NOT EXISTS (SELECT 1 FROM payments WHERE transaction_id = t.id)
               AND NOT EXISTS (SELECT 1 FROM refunds WHERE transaction_id = t.id) AND NOT EXISTS (SELECT 1 FROM topups WHERE transaction_id = t.id)`,
    (r) => `ledger transaction ${r.id} belongs to no payment, refund or top-up`);

  const rows = await db.query(
    `WITH days AS (
       SELECT app_id, date_trunc('day', created_at AT TIME ZONE 'UTC')::date AS day, count(*) AS orders, 0 AS payments, 0 AS paid, 0 AS refunds, 0 AS refunded, 0 AS ledger FROM orders GROUP BY 1, 2
       UNION ALL SELECT app_id, date_trunc('day', created_at AT TIME ZONE 'UTC')::date, 0, count(*), sum(amount), 0, 0, 0 FROM payments GROUP BY 1, 2
       UNION ALL SELECT pay.app_id, date_trunc('day', r.created_at AT TIME ZONE 'UTC')::date, 0, 0, 0, count(*), sum(r.amount), 0 FROM refunds r JOIN payments pay ON pay.id = r.payment_id GROUP BY 1, 2
       UNION ALL SELECT a.app_id, date_trunc('day', t.created_at AT TIME ZONE 'UTC')::date, 0, 0, 0, 0, 0, sum(p.amount)
         FROM ledger_postings p JOIN ledger_accounts a ON a.id = p.account_id JOIN ledger_transactions t ON t.id = p.transaction_id WHERE a.kind = 'merchant' GROUP BY 1, 2)
     SELECT app_id, day::text AS day, sum(orders) AS orders, sum(payments) AS payments, sum(paid) AS paid, sum(refunds) AS refunds, sum(refunded) AS refunded, sum(ledger) AS ledger
     FROM days GROUP BY app_id, day ORDER BY day, app_id`);
  const days = rows.map((r) => ({
    appId: String(r.app_id), day: String(r.day), orders: int(r.orders), payments: int(r.payments), paid: int(r.paid),
    refunds: int(r.refunds), refunded: int(r.refunded), ledger: int(r.ledger),
  }));
  for (const d of days) {
    if (d.paid - d.refunded !== d.ledger) problems.push(`${d.appId} on ${d.day}: payments ${d.paid} less refunds ${d.refunded} is not the ledger's ${d.ledger}`);
  }
  return { days, problems };
}

/** The report as the operator reads it. */
export function formatReconciliation({ days, problems }: Reconciliation): string {
  const vnd = (n: number) => n.toLocaleString('en-US');
  const lines = [
    `${'day'.padEnd(11)}${'partner'.padEnd(24)}${'orders'.padStart(8)}${'payments'.padStart(10)}${'paid VND'.padStart(16)}${'refunds'.padStart(9)}${'refunded VND'.padStart(15)}${'ledger VND'.padStart(16)}`,
    ...days.map((d) => `${d.day.padEnd(11)}${d.appId.padEnd(24)}${String(d.orders).padStart(8)}${String(d.payments).padStart(10)}${vnd(d.paid).padStart(16)}${String(d.refunds).padStart(9)}${vnd(d.refunded).padStart(15)}${vnd(d.ledger).padStart(16)}`),
    '',
    problems.length === 0 ? 'Balanced: every check passed.' : `NOT BALANCED: ${problems.length} problem(s):\n${problems.map((p) => `  - ${p}`).join('\n')}`,
  ];
  return lines.join('\n');
}
