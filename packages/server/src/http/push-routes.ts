import { Hono } from 'hono';
import { notificationRoutes as routes } from '@citadel/protocol/api';
import type { createSessions } from '../accounts/sessions.js';
import type { Database } from '../db/database.js';
import { createPushSubscriptions } from '../push/subscriptions.js';
import { createVapid } from '../push/vapid.js';
import { ApiError } from '../errors.js';
import type { PlatformEnv } from './env.js';
import { requireCitizen } from './guards.js';
import { answer, jsonOf, paramsOf } from './validate.js';

const noSuchSubscription = () => new ApiError(404, 'NOT_FOUND', 'No such push subscription');

/**
 * Web Push for the host under `/api/push`: the VAPID public key, and the citizen's push
 * subscriptions. A subscription's endpoint and keys never leave the server again.
 */
export function pushRoutes(deps: { db: Database; sessions: ReturnType<typeof createSessions>; development: boolean }) {
  const api = new Hono<PlatformEnv>();
  const vapid = createVapid(deps.db);
  const subscriptions = createPushSubscriptions(deps.db, { development: deps.development });
  api.get(routes.pushKey.path, async (c) => answer(c, routes.pushKey, 200, { publicKey: await vapid.publicKey() }));
  api.use('/push/subscriptions', requireCitizen(deps.sessions));
  api.use('/push/subscriptions/*', requireCitizen(deps.sessions));
  api.get(routes.pushSubscriptions.path, async (c) => answer(c, routes.pushSubscriptions, 200, { subscriptions: await subscriptions.list(c.get('citizen').id) }));
  api.post(routes.subscribe.path, jsonOf(routes.subscribe), async (c) => {
    const body = c.req.valid('json');
    const added = await subscriptions.add(c.get('citizen').id, { endpoint: body.endpoint, keys: body.keys }, c.req.header('user-agent') ?? '');
    return answer(c, routes.subscribe, 201, { subscription: added });
  });
  api.delete(routes.unsubscribe.path, paramsOf(routes.unsubscribe, noSuchSubscription), async (c) => {
    await subscriptions.remove(c.get('citizen').id, c.req.valid('param').id);
    return c.body(null, 204);
  });
  return api;
}
