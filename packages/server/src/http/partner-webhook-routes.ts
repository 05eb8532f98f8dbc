import { Hono } from 'hono';
import { partnerRoutes as routes } from '@citadel/protocol/api';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { createDeliveries } from '../webhooks/deliveries.js';
import { setWebhookEndpoint } from '../webhooks/endpoint.js';
import { checkWebhookUrl } from '../delivery/url-policy.js';
import { auditPartnerAction } from '../audit/partner-audit.js';
import type { PlatformEnv } from './env.js';
import { partnerAppOf as appOf } from './partner-app-of.js';
import { answer, jsonOf, paramsOf, queryOf } from './validate.js';

const noSuchDelivery = () => new ApiError(404, 'NOT_FOUND', 'No such webhook delivery for this app');

/**
 * The partner's webhook settings and deliveries, mounted under `/api/partner/v1` behind
 * `requirePartner` (which sets `partnerAppId`): `PUT /webhook`, `GET /webhooks?status=`,
 * `POST /webhooks/:id/retry`. Every query is scoped to the authenticated app.
 */
export function partnerWebhookRoutes(deps: { readonly db: Database; readonly development: boolean }) {
  const api = new Hono<PlatformEnv>();
  const deliveries = createDeliveries(deps.db);

  api.put(routes.setWebhook.path, jsonOf(routes.setWebhook), async (c) => {
    const appId = appOf(c);
    const { url } = c.req.valid('json');
    const verdict = checkWebhookUrl(url, { development: deps.development });
    if (!verdict.ok) throw new ApiError(400, 'INVALID_WEBHOOK_URL', verdict.reason);
    const secret = await setWebhookEndpoint(deps.db, appId, verdict.url.href);
    if (!secret) throw new ApiError(404, 'NOT_FOUND', 'The app of these credentials is no longer registered');
    c.header('Cache-Control', 'no-store');
    return answer(c, routes.setWebhook, 200, { url: verdict.url.href, secret });
  });

  api.get(routes.deliveries.path, queryOf(routes.deliveries), async (c) => {
    const appId = appOf(c);
    return answer(c, routes.deliveries, 200, { deliveries: await deliveries.list(appId, c.req.valid('query').status) });
  });

  api.post(routes.retryDelivery.path, paramsOf(routes.retryDelivery, noSuchDelivery), async (c) => {
    const appId = appOf(c);
    const delivery = await deliveries.retry(appId, c.req.valid('param').id);
    if (!delivery) throw noSuchDelivery();
    await auditPartnerAction(deps.db, { appId, action: 'webhook.retry', detail: { deliveryId: delivery.id } });
    return answer(c, routes.retryDelivery, 200, { delivery });
  });

  return api;
}
