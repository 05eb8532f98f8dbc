import { Hono } from 'hono';
import * as z from 'zod/mini';
import { AppId } from '@citadel/protocol';
import type { createCitizens } from '../accounts/citizens.js';
import { verifyPassword } from '../accounts/password.js';
import type { createSessions } from '../accounts/sessions.js';
import type { createThrottle } from '../accounts/throttle.js';
import type { AppRegistry } from '../app-registry.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import type { createIdentity } from '../identity/identity.js';
import type { createSigningKeys } from '../identity/signing-keys.js';
import type { FundingSource } from '../payments/funding.js';
import { walletHistory } from '../payments/history.js';
import { idempotencyKey } from '../payments/idempotency.js';
import { walletBalance } from '../payments/ledger.js';
import { orderStatus, type OrderRow } from '../payments/orders.js';
import { settleOrder } from '../payments/pay.js';
import { signReceipt } from '../payments/receipts.js';
import { TOPUP_LIMITS, topUp } from '../payments/topups.js';
import { readJson } from './body.js';
import type { PlatformEnv } from './env.js';
import { clientAddress, requireCitizen } from './guards.js';

/** What the citizen's payment routes need. */
export interface PaymentRouteDeps {
  readonly db: Database;
  readonly citizens: ReturnType<typeof createCitizens>;
  readonly sessions: ReturnType<typeof createSessions>;
  readonly throttle: ReturnType<typeof createThrottle>;
  readonly registry: AppRegistry;
  readonly identity: ReturnType<typeof createIdentity>;
  readonly keys: ReturnType<typeof createSigningKeys>;
  readonly funding: FundingSource;
  readonly issuer: () => string;
  readonly trustProxy: boolean;
  /** Called after a money movement commits, so its webhook goes out at once. */
  readonly moneyMoved: () => void;
}

const OrderId = z.string().check(z.regex(/^ord_[\w-]{22}$/));

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
    if (!app) throw new ApiError(404, 'ORDER_NOT_FOUND', 'No such order for this app');
    if (app.status !== 'active') throw new ApiError(403, 'APP_SUSPENDED', 'This service is suspended by the platform operator');
    if (!app.manifest.permissions.some((p) => p.name === 'payments')) throw new ApiError(403, 'FORBIDDEN', 'This app does not declare the payments permission');
    return app;
  };
  const orderId = (value: string) => {
    if (!OrderId.safeParse(value).success) throw new ApiError(404, 'ORDER_NOT_FOUND', 'No such order for this app');
    return value;
  };

  api.get('/wallet', async (c) => c.json({ balance: await walletBalance(db, c.get('citizen').id), currency: 'VND' }));

  api.post('/wallet/topups', async (c) => {
    const key = idempotencyKey(c);
    const body = await readJson(c, z.strictObject({
      amount: z.int().check(z.minimum(TOPUP_LIMITS.min), z.maximum(TOPUP_LIMITS.max)),
      source: z.literal(deps.funding.id),
    }));
    const citizenId = c.get('citizen').id;
    const { topup, replayed } = await topUp(db, deps.funding, { citizenId, amount: body.amount, key });
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return c.json({ topup, balance: await walletBalance(db, citizenId) }, replayed ? 200 : 201);
  });

  api.get('/wallet/history', async (c) => {
    const before = c.req.query('before');
    if (before !== undefined && !/^\d{1,18}$/.test(before)) throw new ApiError(400, 'INVALID_PARAMS', 'before: not a history cursor');
    return c.json(await walletHistory(db, c.get('citizen').id, before === undefined ? undefined : Number(before)));
  });

  /** What the payment sheet shows: the order as the server holds it, never the mini-app's words. */
  api.get('/payments/orders/:orderId', async (c) => {
    const app = await payingApp(c.req.query('app') ?? '');
    const [order] = await db.query<OrderRow>('SELECT * FROM orders WHERE id = $1 AND app_id = $2', [orderId(c.req.param('orderId')), app.manifest.id]);
    if (!order) throw new ApiError(404, 'ORDER_NOT_FOUND', 'No such order for this app');
    return c.json({
      order: {
        id: order.id, appId: app.manifest.id, appName: app.manifest.name, amount: Number(order.amount), currency: 'VND',
        description: order.description, status: orderStatus(order), expiresAt: order.expires_at.toISOString(),
      },
      balance: await walletBalance(db, c.get('citizen').id),
    });
  });

  api.post('/payments/orders/:orderId/pay', async (c) => {
    const body = await readJson(c, z.strictObject({ appId: z.string().check(z.maxLength(64)), password: z.string().check(z.maxLength(128)) }));
    const app = await payingApp(body.appId);
    const id = orderId(c.req.param('orderId'));
    const citizen = c.get('citizen');
    // Step-up: the password again, under the same lockout as sign-in, before any lock is taken.
    const ip = clientAddress(c, deps.trustProxy);
    await deps.throttle.check(citizen.phone, ip);
    const credentials = await deps.citizens.credentialsByPhone(citizen.phone);
    if (!credentials || !(await verifyPassword(body.password, credentials.passwordHash))) {
      await deps.throttle.fail(citizen.phone, ip);
      throw new ApiError(401, 'STEP_UP_FAILED', 'The password is not right');
    }
    await deps.throttle.succeed(citizen.phone);
    const subject = await deps.identity.subject(app.manifest.id, citizen.id);
    const paid = await settleOrder(db, { citizenId: citizen.id, appId: app.manifest.id, orderId: id, subject });
    deps.moneyMoved();
    const receipt = await signReceipt(deps.keys, deps.issuer(), { ...paid, subject });
    return c.json({ status: 'succeeded', paymentId: paid.paymentId, receipt });
  });

  api.get('/payments/:paymentId', async (c) => {
    const [row] = await db.query<{ id: string; order_id: string; app_id: string; amount: string; refunded: string; created_at: Date; description: string; partner_reference: string; name: unknown }>(
      `SELECT p.id, p.order_id, p.app_id, p.amount, p.refunded, p.created_at, o.description, o.partner_reference, a.manifest -> 'name' AS name
       FROM payments p JOIN orders o ON o.id = p.order_id JOIN apps a ON a.id = p.app_id WHERE p.id = $1 AND p.citizen_id = $2`,
      [c.req.param('paymentId'), c.get('citizen').id]);
    if (!row) throw new ApiError(404, 'NOT_FOUND', 'No such payment');
    const subject = await deps.identity.subject(row.app_id, c.get('citizen').id);
    const paid = { paymentId: row.id, orderId: row.order_id, appId: row.app_id, amount: Number(row.amount), reference: row.partner_reference, paidAt: row.created_at };
    return c.json({
      receipt: {
        paymentId: row.id, orderId: row.order_id, appId: row.app_id, appName: row.name, amount: Number(row.amount), refunded: Number(row.refunded),
        currency: 'VND', description: row.description, reference: row.partner_reference, paidAt: row.created_at.toISOString(),
      },
      jws: await signReceipt(deps.keys, deps.issuer(), { ...paid, subject }),
    });
  });

  return api;
}
