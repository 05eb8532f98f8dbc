import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { createSessions } from '../accounts/sessions.js';
import type { Database } from '../db/database.js';
import { createPushSubscriptions } from '../push/subscriptions.js';
import { createVapid } from '../push/vapid.js';
import { readJson } from './body.js';
import type { PlatformEnv } from './env.js';
import { requireCitizen } from './guards.js';

const Subscription = z.strictObject({
  endpoint: z.string().check(z.minLength(1), z.maxLength(2048)),
  keys: z.strictObject({ p256dh: z.string().check(z.maxLength(128)), auth: z.string().check(z.maxLength(64)) }),
  expirationTime: z.optional(z.nullable(z.number())),
});

/**
 * Web Push for the host under `/api/push`: the VAPID public key, and the citizen's push
 * subscriptions. A subscription's endpoint and keys never leave the server again.
 */
export function pushRoutes(deps: { db: Database; sessions: ReturnType<typeof createSessions>; development: boolean }) {
  const api = new Hono<PlatformEnv>();
  const vapid = createVapid(deps.db);
  const subscriptions = createPushSubscriptions(deps.db, { development: deps.development });
  api.get('/push/key', async (c) => c.json({ publicKey: await vapid.publicKey() }));
  api.use('/push/subscriptions', requireCitizen(deps.sessions));
  api.use('/push/subscriptions/*', requireCitizen(deps.sessions));
  api.get('/push/subscriptions', async (c) => c.json({ subscriptions: await subscriptions.list(c.get('citizen').id) }));
  api.post('/push/subscriptions', async (c) => {
    const body = await readJson(c, Subscription);
    const added = await subscriptions.add(c.get('citizen').id, { endpoint: body.endpoint, keys: body.keys }, c.req.header('user-agent') ?? '');
    return c.json({ subscription: added }, 201);
  });
  api.delete('/push/subscriptions/:id', async (c) => {
    await subscriptions.remove(c.get('citizen').id, c.req.param('id'));
    return c.body(null, 204);
  });
  return api;
}
