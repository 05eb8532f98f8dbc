import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { AppRegistry } from '../app-registry.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { idempotencyKey } from '../payments/idempotency.js';
import { createOrders } from '../payments/orders.js';
import { refundOrder } from '../payments/refunds.js';
import type { createCredentials } from '../registry/credentials.js';
import { readJson } from './body.js';
import type { PlatformEnv } from './env.js';
import { requirePartner } from './guards.js';

const Amount = z.int().check(z.minimum(1), z.maximum(1_000_000_000));
const Text = (max: number) => z.string().check(z.trim(), z.minLength(1), z.maxLength(max));
const OrderBody = z.strictObject({
  amount: Amount,
  description: Text(200),
  reference: Text(100),
  expiresInSeconds: z.optional(z.int().check(z.minimum(60), z.maximum(86_400))),
  metadata: z.optional(z.record(z.string().check(z.maxLength(40)), z.string().check(z.maxLength(200)))
    .check(z.refine((m) => Object.keys(m).length <= 20, 'at most 20 entries'))),
});
const RefundBody = z.strictObject({ amount: Amount, reason: z.optional(z.string().check(z.maxLength(200))) });

/** The partner API under `/api/partner/v1`, authenticated by the app's client credentials. */
export function partnerRoutes(deps: { credentials: ReturnType<typeof createCredentials>; registry: AppRegistry; db: Database; moneyMoved: () => void }) {
  const api = new Hono<PlatformEnv>();
  const orders = createOrders(deps.db);
  api.use('*', requirePartner(deps.credentials));
  api.get('/app', async (c) => {
    const app = await deps.registry.get(c.get('partnerAppId'));
    if (!app) throw new ApiError(404, 'NOT_FOUND', 'The app of these credentials is no longer registered');
    return c.json({ id: app.manifest.id, status: app.status, name: app.manifest.name });
  });
  api.post('/orders', async (c) => {
    const key = idempotencyKey(c);
    const body = await readJson(c, OrderBody);
    const { order, replayed } = await orders.create(c.get('partnerAppId'), key, body);
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return c.json({ order }, replayed ? 200 : 201);
  });
  api.get('/orders/:id', async (c) => c.json({ order: await orders.get(c.get('partnerAppId'), c.req.param('id')) }));
  api.post('/orders/:id/refunds', async (c) => {
    const key = idempotencyKey(c);
    const body = await readJson(c, RefundBody);
    const { refund, replayed } = await refundOrder(deps.db, { appId: c.get('partnerAppId'), orderId: c.req.param('id'), key, amount: body.amount, reason: body.reason ?? '' });
    if (replayed) c.header('Idempotent-Replayed', 'true');
    else deps.moneyMoved();
    return c.json({ refund }, replayed ? 200 : 201);
  });
  return api;
}
