import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { createDeliveries, DELIVERY_STATUSES, type DeliveryStatus } from '../webhooks/deliveries.js';
import { setWebhookEndpoint } from '../webhooks/endpoint.js';
import { checkWebhookUrl, MAX_WEBHOOK_URL_LENGTH } from '../webhooks/url-policy.js';
import { readJson } from './body.js';
import type { PlatformEnv } from './env.js';

const WebhookBody = z.strictObject({ url: z.string().check(z.minLength(1), z.maxLength(MAX_WEBHOOK_URL_LENGTH)) });

const isStatus = (value: string): value is DeliveryStatus => (DELIVERY_STATUSES as readonly string[]).includes(value);

/**
 * The partner's webhook settings and deliveries, mounted under `/api/partner/v1` behind
 * `requirePartner` (which sets `partnerAppId`): `PUT /webhook`, `GET /webhooks?status=`,
 * `POST /webhooks/:id/retry`. Every query is scoped to the authenticated app.
 */
export function partnerWebhookRoutes(deps: { readonly db: Database; readonly development: boolean }) {
  const api = new Hono<PlatformEnv>();
  const deliveries = createDeliveries(deps.db);
  const appOf = (c: { get(key: 'partnerAppId'): string | undefined }) => {
    const appId = c.get('partnerAppId');
    // Mounted without `requirePartner` by mistake: refuse rather than act for no app.
    if (!appId) throw new ApiError(401, 'UNAUTHENTICATED', 'Partner credentials are required');
    return appId;
  };

  api.put('/webhook', async (c) => {
    const appId = appOf(c);
    const { url } = await readJson(c, WebhookBody);
    const verdict = checkWebhookUrl(url, { development: deps.development });
    if (!verdict.ok) throw new ApiError(400, 'INVALID_WEBHOOK_URL', verdict.reason);
    const secret = await setWebhookEndpoint(deps.db, appId, verdict.url.href);
    if (!secret) throw new ApiError(404, 'NOT_FOUND', 'The app of these credentials is no longer registered');
    c.header('Cache-Control', 'no-store');
    return c.json({ url: verdict.url.href, secret });
  });

  api.get('/webhooks', async (c) => {
    const appId = appOf(c);
    const status = c.req.query('status');
    if (status !== undefined && !isStatus(status)) {
      throw new ApiError(400, 'INVALID_PARAMS', `status: one of ${DELIVERY_STATUSES.join(', ')}`,
        { issues: [{ path: 'status', message: `one of ${DELIVERY_STATUSES.join(', ')}` }] });
    }
    return c.json({ deliveries: await deliveries.list(appId, status) });
  });

  api.post('/webhooks/:id/retry', async (c) => {
    const delivery = await deliveries.retry(appOf(c), c.req.param('id'));
    if (!delivery) throw new ApiError(404, 'NOT_FOUND', 'No such webhook delivery for this app');
    return c.json({ delivery });
  });

  return api;
}
