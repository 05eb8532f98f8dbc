import { Hono } from 'hono';
import { AppId } from '@citadel/protocol';
import { passkeyRoutes, walletRoutes as routes } from '@citadel/protocol/api';
import type { createSessions } from '../accounts/sessions.js';
import type { AppRegistry } from '../app-registry.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import type { createIdentity } from '../identity/identity.js';
import type { createSigningKeys } from '../identity/signing-keys.js';
import type { FundingSource } from '../payments/funding.js';
import { walletHistory } from '../payments/history.js';
import type { createPins } from '../payments/pins.js';
import { walletBalance } from '../payments/ledger.js';
import { sheetOrder } from '../payments/orders.js';
import { paymentReceipt } from '../payments/payment-receipt.js';
import { settleOrder } from '../payments/pay.js';
import { signReceipt } from '../payments/receipts.js';
import { topUp } from '../payments/topups.js';
import { assertionOptions, verifyAssertion } from '../passkeys/assertion.js';
import type { RelyingParty } from '../passkeys/relying-party.js';
import type { PasskeyStore } from '../passkeys/store.js';
import type { PlatformEnv } from './env.js';
import { requireCitizen } from './guards.js';
import { answer, jsonOf, paramsOf, queryOf } from './validate.js';

/** What the citizen's payment routes need. */
export interface PaymentRouteDeps {
  readonly db: Database;
  readonly sessions: ReturnType<typeof createSessions>;
  readonly pins: ReturnType<typeof createPins>;
  readonly registry: AppRegistry;
  readonly identity: ReturnType<typeof createIdentity>;
  readonly keys: ReturnType<typeof createSigningKeys>;
  readonly funding: FundingSource;
  readonly issuer: () => string;
  /** Called after a money movement commits, so its webhook goes out at once. */
  readonly moneyMoved: () => void;
  /** The citizens' passkeys, a payment's step-up. */
  readonly passkeys: PasskeyStore;
  /** The relying party passkeys are verified for. */
  readonly rp: () => RelyingParty;
}

const noSuchOrder = () => new ApiError(404, 'ORDER_NOT_FOUND', 'No such order for this app');

/** The citizen's wallet and the payment sheet's API under `/api`: balance, top-up, history, order read, pay, receipts. */
export function paymentRoutes(deps: PaymentRouteDeps) {
  const { db } = deps;
  const api = new Hono<PlatformEnv>();
  api.use('/wallet/*', requireCitizen(deps.sessions));
  api.use('/wallet', requireCitizen(deps.sessions));
  api.use('/payments/*', requireCitizen(deps.sessions));

  /** The app, which must be registered, active and declare the payments permission. */
  const payingApp = async (appId: string) => {
    const app = AppId.safeParse(appId).success ? await deps.registry.get(appId) : undefined;
    if (!app) throw noSuchOrder();
    if (app.status !== 'active') throw new ApiError(403, 'APP_SUSPENDED', 'This service is suspended by the platform operator');
    if (!app.manifest.permissions.some((p) => p.name === 'payments')) throw new ApiError(403, 'FORBIDDEN', 'This app does not declare the payments permission');
    return app;
  };

  api.get(routes.wallet.path, async (c) => answer(c, routes.wallet, 200, { balance: await walletBalance(db, c.get('citizen').id), currency: 'VND' }));

  api.post(routes.topUp.path, jsonOf(routes.topUp), async (c) => {
    const key = c.req.valid('header').idempotencyKey;
    const body = c.req.valid('json');
    if (body.source !== deps.funding.id) {
      throw new ApiError(400, 'INVALID_PARAMS', `source: must be ${deps.funding.id}`, { issues: [{ path: 'source', message: `must be ${deps.funding.id}` }] });
    }
    const citizenId = c.get('citizen').id;
    const { topup, replayed } = await topUp(db, deps.funding, { citizenId, amount: body.amount, key });
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return answer(c, routes.topUp, replayed ? 200 : 201, { topup, balance: await walletBalance(db, citizenId) });
  });

  api.get(routes.history.path, queryOf(routes.history), async (c) => {
    const { before } = c.req.valid('query');
    return answer(c, routes.history, 200, await walletHistory(db, c.get('citizen').id, before === undefined ? undefined : Number(before)));
  });

  /** What the payment sheet shows: the order as the server holds it, never the mini-app's words. */
  api.get(routes.sheetOrder.path, paramsOf(routes.sheetOrder, noSuchOrder), queryOf(routes.sheetOrder), async (c) => {
    const app = await payingApp(c.req.valid('query').app);
    const order = await sheetOrder(db, app.manifest, c.req.valid('param').orderId);
    if (!order) throw noSuchOrder();
    return answer(c, routes.sheetOrder, 200, { order, balance: await walletBalance(db, c.get('citizen').id) });
  });

  /** A passkey challenge bound to this order and this citizen, for the sheet's "Pay with passkey". */
  const passkeyOptions = passkeyRoutes.paymentPasskeyOptions;
  api.post(passkeyOptions.path, paramsOf(passkeyOptions, noSuchOrder), jsonOf(passkeyOptions), async (c) => {
    const app = await payingApp(c.req.valid('json').appId);
    const orderId = c.req.valid('param').orderId;
    if (!(await sheetOrder(db, app.manifest, orderId))) throw noSuchOrder();
    const binding = { purpose: 'payment', citizenId: c.get('citizen').id, orderId } as const;
    return answer(c, passkeyOptions, 200, { options: { ...await assertionOptions(db, deps.passkeys, deps.rp(), binding) } });
  });

  api.post(routes.pay.path, paramsOf(routes.pay, noSuchOrder), jsonOf(routes.pay), async (c) => {
    const body = c.req.valid('json');
    const app = await payingApp(body.appId);
    const id = c.req.valid('param').orderId;
    const citizen = c.get('citizen');
    // Step-up before any lock is taken (docs/security-model.md, "Payment PIN"): the payment PIN, whose 5 wrong tries
    // lock it, or a passkey's assertion answering this order's challenge, by one of this citizen's passkeys.
    const { stepUp } = body;
    switch (stepUp.method) {
      case 'pin': await deps.pins.check(citizen.id, stepUp.pin); break;
      case 'passkey': await verifyAssertion(db, deps.passkeys, deps.rp(), stepUp.credential, { purpose: 'payment', citizenId: citizen.id, orderId: id }); break;
    }
    return answer(c, routes.pay, 200, await settle(citizen.id, app.manifest.id, id));
  });

  /** Settles an approved order and signs its receipt. */
  const settle = async (citizenId: string, appId: string, orderId: string) => {
    const subject = await deps.identity.subject(appId, citizenId);
    const paid = await settleOrder(db, { citizenId, appId, orderId, subject });
    deps.moneyMoved();
    const receipt = await signReceipt(deps.keys, deps.issuer(), { ...paid, subject });
    return { status: 'succeeded' as const, paymentId: paid.paymentId, receipt };
  };

  const noSuchPayment = () => new ApiError(404, 'NOT_FOUND', 'No such payment');
  api.get(routes.receipt.path, paramsOf(routes.receipt, noSuchPayment), async (c) => {
    const receipt = await paymentReceipt(db, c.get('citizen').id, c.req.valid('param').paymentId);
    if (!receipt) throw noSuchPayment();
    const subject = await deps.identity.subject(receipt.appId, c.get('citizen').id);
    const paid = { ...receipt, paidAt: new Date(receipt.paidAt) };
    return answer(c, routes.receipt, 200, { receipt, jws: await signReceipt(deps.keys, deps.issuer(), { ...paid, subject }) });
  });

  return api;
}
