import { Hono } from 'hono';
import { AppId } from '@citadel/protocol';
import { walletRoutes as routes } from '@citadel/protocol/api';
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

  api.post(routes.pay.path, paramsOf(routes.pay, noSuchOrder), jsonOf(routes.pay), async (c) => {
    const body = c.req.valid('json');
    const app = await payingApp(body.appId);
    const id = c.req.valid('param').orderId;
    const citizen = c.get('citizen');
    // Step-up before any lock is taken: the payment PIN, 5 wrong tries lock it (docs/security-model.md, "Payment PIN").
    const { stepUp } = body;
    switch (stepUp.method) {
      case 'pin': await deps.pins.check(citizen.id, stepUp.pin); break;
    }
    const subject = await deps.identity.subject(app.manifest.id, citizen.id);
    const paid = await settleOrder(db, { citizenId: citizen.id, appId: app.manifest.id, orderId: id, subject });
    deps.moneyMoved();
    const receipt = await signReceipt(deps.keys, deps.issuer(), { ...paid, subject });
    return answer(c, routes.pay, 200, { status: 'succeeded', paymentId: paid.paymentId, receipt });
  });

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
