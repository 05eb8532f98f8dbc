import type { Database } from '@citadel/server';

/**
 * Funds each citizen's wallet through the ledger (balanced postings from one funding account), so the books stay
 * right for reconcile; the citizens and their `wallet` accounts must exist.
 */
export async function fundWallets(db: Database, citizens: readonly string[]): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.query("INSERT INTO ledger_accounts (id, kind) VALUES ('funding:bench', 'funding')");
    await tx.query("INSERT INTO ledger_transactions (id, kind) VALUES ('txn_bench_funding', 'topup')");
    for (const id of citizens) {
      await tx.query("INSERT INTO ledger_postings (transaction_id, account_id, amount) VALUES ('txn_bench_funding', $1, 1000000000000), ('txn_bench_funding', 'funding:bench', -1000000000000)", [`wallet:${id}`]);
      await tx.query('UPDATE ledger_accounts SET balance = balance + 1000000000000 WHERE id = $1', [`wallet:${id}`]);
      await tx.query("UPDATE ledger_accounts SET balance = balance - 1000000000000 WHERE id = 'funding:bench'");
    }
  });
}

/** Creates open orders of the app `bench-shop` in bulk; each call resolves with the new orders' ids. */
export function benchOrders(db: Database): (count: number) => Promise<string[]> {
  let made = 0;
  return async (count) => {
    await db.query(
      `INSERT INTO orders (id, app_id, amount, description, partner_reference, expires_at, idempotency_key, request_digest)
       SELECT 'ord_bench_' || ($1 + g), 'bench-shop', 1000 + g % 997, 'Bench order', 'ref-' || ($1 + g), now() + interval '1 day', 'key-' || ($1 + g), 'd'
       FROM generate_series(1, $2) AS g`, [made, count]);
    const ids = Array.from({ length: count }, (_, i) => `ord_bench_${made + i + 1}`);
    made += count;
    return ids;
  };
}
