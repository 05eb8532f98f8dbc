// The passkey payments benchmark on PostgreSQL (a throwaway one, or DATABASE_URL): payments per
// second with a passkey step-up (each payment: a challenge issued for that order, a real ES256
// assertion from a software authenticator, verified by @simplewebauthn/server with the challenge
// used up and the counter moved, then the settlement) as a ratio to the bare settlement
// transaction (`settleOrder`) on the same server, interleaved in the same run. Both at 8 clients.
import type { Citizen } from '@citadel/protocol/api';
import { assertionOptions, verifyAssertion } from '../../packages/server/src/passkeys/assertion.js';
import { addPasskey, registrationOptions } from '../../packages/server/src/passkeys/registration.js';
import { relyingPartyOf } from '../../packages/server/src/passkeys/relying-party.js';
import { createPasskeyStore } from '../../packages/server/src/passkeys/store.js';
import { settleOrder } from '../../packages/server/src/payments/pay.js';
import { createSoftAuthenticator } from '../../packages/server/test/support/soft-authenticator.js';
import { openBenchDatabase } from './bench-postgres.js';
import { createPaymentFixture } from './payment-fixture.js';
import { fixed, median } from './stats.js';

const CLIENTS = 8;
const SECONDS = 8;
const ROUNDS = 3;
const ORIGIN = 'http://localhost:8080';

const { db, close } = await openBenchDatabase('bench_passkeys');
const { citizens, paymentsPerSecond } = await createPaymentFixture(db, CLIENTS);

// Each citizen registers one passkey through the real registration ceremony.
const store = createPasskeyStore(db);
const rp = relyingPartyOf(ORIGIN);
const authenticators = citizens.map(() => createSoftAuthenticator(ORIGIN));
for (const [i, id] of citizens.entries()) {
  const citizen: Citizen = { id, phone: `+8490000000${i}`, name: 'Bench', verificationLevel: 'none', fullName: null, dateOfBirth: null, ward: null, roles: [], phoneVerified: true };
  const options = await registrationOptions(db, store, rp, citizen);
  await addPasskey(db, store, rp, { citizenId: id, name: 'Bench', credential: authenticators[i]!.create(options) });
}

const authenticatorOf = new Map<string, (typeof authenticators)[number]>(citizens.map((id, i) => [id, authenticators[i]!]));
const bare = () => paymentsPerSecond(SECONDS, (citizenId, orderId) => settleOrder(db, { citizenId, appId: 'bench-shop', orderId, subject: 'bench' }));
const withPasskey = () => paymentsPerSecond(SECONDS, async (citizenId, orderId) => {
  const binding = { purpose: 'payment', citizenId, orderId } as const;
  const options = await assertionOptions(db, store, rp, binding);
  await verifyAssertion(db, store, rp, authenticatorOf.get(citizenId)!.get(options), binding);
  return settleOrder(db, { citizenId, appId: 'bench-shop', orderId, subject: 'bench' });
});

try {
  await bare(); // warm-up: connections, plans, caches
  await withPasskey();
  const floors: number[] = [];
  const rates: number[] = [];
  for (let round = 0; round < ROUNDS; round++) {
    if (round % 2 === 0) { floors.push(await bare()); rates.push(await withPasskey()); } else { rates.push(await withPasskey()); floors.push(await bare()); }
  }
  const ratio = median(rates) / median(floors);
  console.log(`\nCitadel passkey payments bench (PostgreSQL, ${CLIENTS} clients, ${ROUNDS} interleaved rounds of ${SECONDS} s)\n`);
  console.log(`${'passkey step-up'.padEnd(22)} ${fixed(ratio).padStart(6)}×   ${Math.round(median(rates))} payments/s (challenge, real ES256 assertion verified, settlement) vs bare settleOrder ${Math.round(median(floors))} payments/s`);
  console.log(`${''.padEnd(22)}          rounds: with passkey ${rates.map((r) => Math.round(r)).join(', ')}; bare ${floors.map((t) => Math.round(t)).join(', ')}`);
} finally {
  await close();
}
