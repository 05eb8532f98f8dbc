// The payments benchmark on PostgreSQL (a throwaway one, or DATABASE_URL): payment settlement
// throughput (the platform's whole pay transaction: order and account locks, balanced postings,
// payment row, webhook outbox row) as a ratio to pgbench's built-in TPC-B-like transaction on the
// same server, interleaved in the same run. Both at 8 clients.
import { spawnSync } from 'node:child_process';
import { openDatabase, type Database } from '@citadel/server';
import { settleOrder } from '../../packages/server/src/payments/pay.js';
import { benchPostgres } from './bench-postgres.js';
import { createPaymentFixture } from './payment-fixture.js';
import { fixed, median } from './stats.js';

const CLIENTS = 8;
const SECONDS = 8;
const ROUNDS = 3;
const pgbench = process.env.PGBENCH_PATH ?? 'pgbench';

const postgres = await benchPostgres();
const pgbenchUrl = await postgres.createDatabase('bench_pgbench');

const run = (args: string[]) => {
  const out = spawnSync(pgbench, [...args, pgbenchUrl], { encoding: 'utf8' });
  if (out.status !== 0) throw new Error(`pgbench failed: ${out.stderr}`);
  return out.stdout;
};
run(['-i', '-s', '1', '-q']);
const tpcb = () => Number(/tps = ([\d.]+) \(without initial connection time\)/.exec(run(['-n', '-c', String(CLIENTS), '-j', '2', '-T', String(SECONDS)]))?.[1]);

const db: Database = await openDatabase({ kind: 'postgres', url: await postgres.createDatabase('bench_payments') });
const { paymentsPerSecond } = await createPaymentFixture(db, CLIENTS);

const settle = () => paymentsPerSecond(SECONDS, (citizenId, orderId) => settleOrder(db, { citizenId, appId: 'bench-shop', orderId, subject: 'bench' }));

try {
  await settle(); // warm-up: connections, plans, caches
  const tps: number[] = [];
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) { tps.push(tpcb()); rates.push(await settle()); } else { rates.push(await settle()); tps.push(tpcb()); }
  }
  const ratio = median(rates) / median(tps);
  console.log(`\nCitadel payments bench (PostgreSQL, ${CLIENTS} clients, ${ROUNDS} interleaved rounds of ${SECONDS} s)\n`);
  console.log(`${'settlement throughput'.padEnd(22)} ${fixed(ratio).padStart(6)}×   ${Math.round(median(rates))} payments/s vs pgbench TPC-B-like ${Math.round(median(tps))} tps on the same server`);
  console.log(`${''.padEnd(22)}          rounds: payments/s ${rates.map((r) => Math.round(r)).join(', ')}; tps ${tps.map((t) => Math.round(t)).join(', ')}`);
} finally {
  await db.close();
  await postgres.stop();
}
