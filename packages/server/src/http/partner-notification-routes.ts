import { Hono } from 'hono';
import { partnerRoutes as routes } from '@citadel/protocol/api';
import type { AppRegistry } from '../app-registry.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { partnerNotification, sendNotification } from '../notifications/send.js';
import type { PlatformEnv } from './env.js';
import { answer, jsonOf, paramsOf } from './validate.js';

/**
 * `POST /notifications` and `GET /notifications/:id` of the partner API, mounted under
 * `/api/partner/v1` behind `requirePartner` (which sets `partnerAppId`). A suspended app sends nothing.
 */
export function partnerNotificationRoutes(deps: {
  db: Database; registry: AppRegistry; dailyQuota: number; spacingMs: number; queued: () => void;
  /** A send was paced until `at` (`createPacedRelease.due`). */
  paced: (at: Date) => void;
}) {
  const api = new Hono<PlatformEnv>();
  api.use('*', async (c, next) => {
    // Mounted without `requirePartner` by mistake: refuse rather than act for no app.
    if (!c.get('partnerAppId')) throw new ApiError(401, 'UNAUTHENTICATED', 'Partner credentials are required');
    await next();
  });
  api.post(routes.notify.path, jsonOf(routes.notify), async (c) => {
    const key = c.req.valid('header').idempotencyKey;
    const body = c.req.valid('json');
    const app = await deps.registry.get(c.get('partnerAppId'));
    if (!app) throw new ApiError(404, 'NOT_FOUND', 'The app of these credentials is no longer registered');
    if (app.status !== 'active') throw new ApiError(403, 'APP_SUSPENDED', 'This service is suspended by the platform operator');
    const outcome = await sendNotification(deps.db, { appId: app.manifest.id, manifest: app.manifest, key, body, dailyQuota: deps.dailyQuota, spacingMs: deps.spacingMs });
    if (outcome.replayed) c.header('Idempotent-Replayed', 'true');
    if (outcome.muted) return answer(c, routes.notify, 200, { muted: true, notification: null });
    if (!outcome.replayed) {
      const { createdAt, deliverAt } = outcome.notification;
      if (deliverAt !== undefined && deliverAt !== createdAt) deps.paced(new Date(deliverAt));
      deps.queued();
    }
    return answer(c, routes.notify, outcome.replayed ? 200 : 201, { muted: false, notification: outcome.notification });
  });
  const noSuchNotification = () => new ApiError(404, 'NOT_FOUND', 'No such notification of this app');
  api.get(routes.notification.path, paramsOf(routes.notification, noSuchNotification), async (c) => {
    const found = await partnerNotification(deps.db, c.get('partnerAppId'), c.req.valid('param').id);
    if (!found) throw noSuchNotification();
    return answer(c, routes.notification, 200, { notification: found });
  });
  return api;
}
