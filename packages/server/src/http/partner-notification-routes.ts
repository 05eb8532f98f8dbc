import { Hono } from 'hono';
import type { AppRegistry } from '../app-registry.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { partnerNotification, SendBody, sendNotification } from '../notifications/send.js';
import { idempotencyKey } from '../payments/idempotency.js';
import { readJson } from './body.js';
import type { PlatformEnv } from './env.js';

/**
 * `POST /notifications` and `GET /notifications/:id` of the partner API, mounted under
 * `/api/partner/v1` behind `requirePartner` (which sets `partnerAppId`). A suspended app sends nothing.
 */
export function partnerNotificationRoutes(deps: { db: Database; registry: AppRegistry; dailyQuota: number; queued: () => void }) {
  const api = new Hono<PlatformEnv>();
  api.use('*', async (c, next) => {
    // Mounted without `requirePartner` by mistake: refuse rather than act for no app.
    if (!c.get('partnerAppId')) throw new ApiError(401, 'UNAUTHENTICATED', 'Partner credentials are required');
    await next();
  });
  api.post('/notifications', async (c) => {
    const key = idempotencyKey(c);
    const body = await readJson(c, SendBody);
    const app = await deps.registry.get(c.get('partnerAppId'));
    if (!app) throw new ApiError(404, 'NOT_FOUND', 'The app of these credentials is no longer registered');
    if (app.status !== 'active') throw new ApiError(403, 'APP_SUSPENDED', 'This service is suspended by the platform operator');
    const outcome = await sendNotification(deps.db, { appId: app.manifest.id, manifest: app.manifest, key, body, dailyQuota: deps.dailyQuota });
    if (outcome.replayed) c.header('Idempotent-Replayed', 'true');
    if (outcome.muted) return c.json({ muted: true, notification: null }, 200);
    if (!outcome.replayed) deps.queued();
    return c.json({ muted: false, notification: outcome.notification }, outcome.replayed ? 200 : 201);
  });
  api.get('/notifications/:id', async (c) => {
    const found = await partnerNotification(deps.db, c.get('partnerAppId'), c.req.param('id'));
    if (!found) throw new ApiError(404, 'NOT_FOUND', 'No such notification of this app');
    return c.json({ notification: found });
  });
  return api;
}
