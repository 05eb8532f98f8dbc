import { Hono } from 'hono';
import { partnerRoutes as routes } from '@citadel/protocol/api';
import type { AppRegistry } from '../app-registry.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { developerApps } from '../publishing/developer-apps.js';
import { createOrders } from '../payments/orders.js';
import { refundOrder } from '../payments/refunds.js';
import type { createCredentials } from '../registry/credentials.js';
import type { PlatformEnv } from './env.js';
import { requirePartner } from './guards.js';
import type { createPartnerAuthThrottle } from '../registry/partner-auth-throttle.js';
import { answer, jsonOf, paramsOf } from './validate.js';

const noSuchOrder = () => new ApiError(404, 'NOT_FOUND', 'No such order for this app');

/** The partner API under `/api/partner/v1`, authenticated by the app's client credentials. */
export function partnerRoutes(deps: {
  credentials: ReturnType<typeof createCredentials>; registry: AppRegistry; db: Database; moneyMoved: () => void;
  authThrottle: ReturnType<typeof createPartnerAuthThrottle>; trustProxy: boolean;
}) {
  const api = new Hono<PlatformEnv>();
  const orders = createOrders(deps.db);
  api.use('*', requirePartner(deps.credentials, deps.authThrottle, deps.trustProxy));
  api.get(routes.app.path, async (c) => {
    const [app] = await developerApps(deps.db, 'a.id = $1', [c.get('partnerAppId')]);
    if (!app?.name) throw new ApiError(404, 'NOT_FOUND', 'The app of these credentials is no longer registered');
    return answer(c, routes.app, 200, { id: app.id, status: app.status, suspension: app.suspension, name: app.name });
  });
  api.post(routes.createOrder.path, jsonOf(routes.createOrder), async (c) => {
    const key = c.req.valid('header').idempotencyKey;
    const { order, replayed } = await orders.create(c.get('partnerAppId'), key, c.req.valid('json'));
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return answer(c, routes.createOrder, replayed ? 200 : 201, { order });
  });
  api.get(routes.order.path, paramsOf(routes.order, noSuchOrder), async (c) =>
    answer(c, routes.order, 200, { order: await orders.get(c.get('partnerAppId'), c.req.valid('param').id) }));
  api.post(routes.cancelOrder.path, paramsOf(routes.cancelOrder, noSuchOrder), async (c) =>
    answer(c, routes.cancelOrder, 200, { order: await orders.cancel(c.get('partnerAppId'), c.req.valid('param').id) }));
  api.post(routes.refund.path, paramsOf(routes.refund, noSuchOrder), jsonOf(routes.refund), async (c) => {
    const key = c.req.valid('header').idempotencyKey;
    const body = c.req.valid('json');
    const { refund, replayed } = await refundOrder(deps.db, { appId: c.get('partnerAppId'), orderId: c.req.valid('param').id, key, amount: body.amount, reason: body.reason ?? '' });
    if (replayed) c.header('Idempotent-Replayed', 'true');
    else deps.moneyMoved();
    return answer(c, routes.refund, replayed ? 200 : 201, { refund });
  });
  return api;
}
