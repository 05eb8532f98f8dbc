import { Hono } from 'hono';
import { developerRoutes as routes } from '@citadel/protocol/api';
import { checkWebhookUrl } from '../delivery/url-policy.js';
import { ApiError } from '../errors.js';
import { createDeliveryLog } from '../webhooks/delivery-log.js';
import { createWebhookSettings } from '../webhooks/endpoint-settings.js';
import { sendTestEvent } from '../webhooks/test-event.js';
import type { DeveloperAppRouteDeps, DeveloperEnv } from './developer-env.js';
import { answer, jsonOf, paramsOf, queryOf } from './validate.js';

const noSuchApp = () => new ApiError(404, 'NOT_FOUND', 'No such app');
const noSuchDelivery = () => new ApiError(404, 'NOT_FOUND', 'No such webhook delivery for this app');
const found = <T>(value: T | undefined, missing: () => ApiError): T => {
  if (value === undefined) throw missing();
  return value;
};

/**
 * The developer API's webhook self-service (docs/credentials-and-webhooks.md): the endpoint's URL and subscribed
 * events, its signing secret rotated with an overlap, a test event, and the delivery log with "deliver again".
 * Mounted by `developerRoutes` behind its app guard.
 */
export function developerWebhookRoutes(deps: DeveloperAppRouteDeps & {
  /** Allows plain-http loopback URLs (a local partner backend). */
  readonly development: boolean;
  /** Called after a delivery is queued (a test event, a delivery sent again). */
  readonly queued: () => void;
}) {
  const api = new Hono<DeveloperEnv>();
  const settings = createWebhookSettings(deps.db);
  const log = createDeliveryLog(deps.db);
  const { appAccess, actor } = deps;

  api.get(routes.webhookEndpoint.path, paramsOf(routes.webhookEndpoint, noSuchApp), appAccess, async (c) =>
    answer(c, routes.webhookEndpoint, 200, { endpoint: found(await settings.get(c.req.valid('param').appId), noSuchApp) }));
  api.put(routes.setWebhookEndpoint.path, paramsOf(routes.setWebhookEndpoint, noSuchApp), appAccess, jsonOf(routes.setWebhookEndpoint), async (c) => {
    const { url, events } = c.req.valid('json');
    const verdict = checkWebhookUrl(url, { development: deps.development });
    if (!verdict.ok) throw new ApiError(400, 'INVALID_WEBHOOK_URL', verdict.reason);
    const set = found(await settings.set(c.req.valid('param').appId, verdict.url.href, events, actor(c)), noSuchApp);
    deps.queued(); // deliveries that waited for a URL are due now
    return answer(c, routes.setWebhookEndpoint, 200, set);
  });
  api.post(routes.rotateWebhookSecret.path, paramsOf(routes.rotateWebhookSecret, noSuchApp), appAccess, async (c) =>
    answer(c, routes.rotateWebhookSecret, 200, found(await settings.rotate(c.req.valid('param').appId, actor(c)), noSuchApp)));
  api.post(routes.revokePreviousWebhookSecret.path, paramsOf(routes.revokePreviousWebhookSecret, noSuchApp), appAccess, async (c) =>
    answer(c, routes.revokePreviousWebhookSecret, 200, { endpoint: found(await settings.revokePrevious(c.req.valid('param').appId, actor(c)), noSuchApp) }));

  api.post(routes.sendTestWebhook.path, paramsOf(routes.sendTestWebhook, noSuchApp), appAccess, async (c) => {
    const { appId } = c.req.valid('param');
    const id = await sendTestEvent(deps.db, appId, actor(c));
    deps.queued();
    return answer(c, routes.sendTestWebhook, 202, { delivery: found(await log.get(appId, id), noSuchDelivery) });
  });
  api.get(routes.deliveryLog.path, paramsOf(routes.deliveryLog, noSuchApp), appAccess, queryOf(routes.deliveryLog), async (c) =>
    answer(c, routes.deliveryLog, 200, { deliveries: await log.list(c.req.valid('param').appId, c.req.valid('query').status) }));
  api.post(routes.redeliver.path, paramsOf(routes.redeliver, noSuchDelivery), appAccess, async (c) => {
    const { appId, id } = c.req.valid('param');
    const delivery = found(await log.redeliver(appId, id, actor(c)), noSuchDelivery);
    deps.queued();
    return answer(c, routes.redeliver, 200, { delivery });
  });
  return api;
}
