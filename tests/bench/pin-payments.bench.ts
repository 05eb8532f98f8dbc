// The PIN step-up benchmark on PostgreSQL (a throwaway one, or DATABASE_URL): payments per second
// when each is confirmed with the payment PIN (the step-up the pay route runs: one try taken in the
// database, the scrypt N = 2^12 hash, the tries given back) and then settled, as a ratio to the bare
// settlement transaction (`settleOrder`) in the same run, interleaved; and, for comparison, the
// account-password step-up every payment cost before issue 12 (scrypt N = 2^15, p = 3). 8 clients.
import { hashPassword, verifyPassword } from '../../packages/server/src/accounts/password.js';
import { settleOrder } from '../../packages/server/src/payments/pay.js';
import { createPins } from '../../packages/server/src/payments/pins.js';
import { openBenchDatabase } from './bench-postgres.js';
import { createPaymentFixture } from './payment-fixture.js';
import { fixed, median } from './stats.js';

const CLIENTS = 8;
const SECONDS = 6;
const ROUNDS = 3;
const PIN = '246810';

const { db, close } = await openBenchDatabase('bench_pin');
const pins = createPins(db);
const passwordHash = await hashPassword('bench password');

const { citizens, paymentsPerSecond } = await createPaymentFixture(db, CLIENTS);
for (const id of citizens) {
  await db.query('UPDATE citizens SET password_hash = $2 WHERE id = $1', [id, passwordHash]);
  await pins.set(id, PIN, 'bench words');
}

/** Payments per second at `CLIENTS` in flight for `SECONDS`, each one `stepUp` then settled. */
const rate = (stepUp: (citizenId: string) => Promise<void>, orderCount: number) => paymentsPerSecond(SECONDS, async (citizenId, orderId) => {
  await stepUp(citizenId);
  await settleOrder(db, { citizenId, appId: 'bench-shop', orderId, subject: 'bench' });
}, orderCount);
const bare = () => rate(async () => {}, 30_000);
const withPin = () => rate((id) => pins.check(id, PIN), 20_000);
const withPassword = () => rate(async () => {
  if (!(await verifyPassword('bench password', passwordHash))) throw new Error('password');
}, 2_000);

try {
  await bare(); // warm-up: connections, plans, caches
  const bares: number[] = [];
  const pinRates: number[] = [];
  const passwordRates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    const order = [() => bare().then((r) => bares.push(r)), () => withPin().then((r) => pinRates.push(r)), () => withPassword().then((r) => passwordRates.push(r))];
    if (round % 2 === 1) order.reverse();
    for (const run of order) await run();
  }
  const floor = median(bares);
  console.log(`\nCitadel PIN step-up bench (PostgreSQL, ${CLIENTS} clients, ${ROUNDS} interleaved rounds of ${SECONDS} s)\n`);
  console.log(`${'PIN step-up payments'.padEnd(24)} ${fixed(median(pinRates) / floor).padStart(6)}×   ${Math.round(median(pinRates))} payments/s vs ${Math.round(floor)} bare settlements/s (settleOrder)`);
  console.log(`${'password step-up (old)'.padEnd(24)} ${fixed(median(passwordRates) / floor).padStart(6)}×   ${Math.round(median(passwordRates))} payments/s vs the same floor`);
  console.log(`${''.padEnd(24)}          rounds: bare ${bares.map(Math.round).join(', ')}; PIN ${pinRates.map(Math.round).join(', ')}; password ${passwordRates.map(Math.round).join(', ')}`);
} finally {
  await close();
}
