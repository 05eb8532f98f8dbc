// What the payment benches share: a shop app, `clients` citizens with funded wallets (through
// balanced ledger postings, so reconcile stays right), and open orders made in bulk.
import { randomUUID } from 'node:crypto';
import type { Database } from '@citadel/server';

/** The bench's shop and its citizens; `makeOrders(n)` inserts n open orders and resolves with their ids. */
export async function createPaymentFixture(db: Database, clients: number) {
  await db.query(`INSERT INTO apps (id, manifest) VALUES ('bench-shop', '{}')`);
  const citizens = Array.from({ length: clients }, () => randomUUID());
  for (const id of citizens) {
    await db.query("INSERT INTO citizens (id, phone, name, password_hash) VALUES ($1, $2, 'Bench', 'x')", [id, `+849${id.slice(0, 8).replace(/\D/g, '1').padEnd(8, '1')}`]);
    await db.query("INSERT INTO ledger_accounts (id, kind, citizen_id, balance) VALUES ($1, 'wallet', $2, 0)", [`wallet:${id}`, id]);
  }
  await db.transaction(async (tx) => {
    await tx.query("INSERT INTO ledger_accounts (id, kind) VALUES ('funding:bench', 'funding')");
    await tx.query("INSERT INTO ledger_transactions (id, kind) VALUES ('txn_bench_funding', 'topup')");
    for (const id of citizens) {
      await tx.query("INSERT INTO ledger_postings (transaction_id, account_id, amount) VALUES ('txn_bench_funding', $1, 1000000000000), ('txn_bench_funding', 'funding:bench', -1000000000000)", [`wallet:${id}`]);
      await tx.query("UPDATE ledger_accounts SET balance = balance + 1000000000000 WHERE id = $1", [`wallet:${id}`]);
      await tx.query("UPDATE ledger_accounts SET balance = balance - 1000000000000 WHERE id = 'funding:bench'");
    }
  });

  let made = 0;
  const makeOrders = async (count: number) => {
    await db.query(
      `INSERT INTO orders (id, app_id, amount, description, partner_reference, expires_at, idempotency_key, request_digest)
       SELECT 'ord_bench_' || ($1 + g), 'bench-shop', 1000 + g % 997, 'Bench order', 'ref-' || ($1 + g), now() + interval '1 day', 'key-' || ($1 + g), 'd'
       FROM generate_series(1, $2) AS g`, [made, count]);
    const ids = Array.from({ length: count }, (_, i) => `ord_bench_${made + i + 1}`);
    made += count;
    return ids;
  };
  /**
   * Payments per second for `seconds`, one worker per citizen, each paying fresh orders (up to `orderCount`) through
   * `pay(citizenId, orderId)` until the time is up.
   */
  const paymentsPerSecond = async (seconds: number, pay: (citizenId: string, orderId: string) => Promise<unknown>, orderCount = 40_000) => {
    const orders = await makeOrders(orderCount);
    let next = 0;
    let done = 0;
    const deadline = performance.now() + seconds * 1000;
    const worker = async (citizenId: string) => {
      while (performance.now() < deadline && next < orders.length) {
        await pay(citizenId, orders[next++]!);
        done++;
      }
    };
    const t0 = performance.now();
    await Promise.all(citizens.map(worker));
    return done / ((performance.now() - t0) / 1000);
  };
  return { citizens, makeOrders, paymentsPerSecond };
}
