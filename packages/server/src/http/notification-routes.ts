import { Hono } from 'hono';
import { notificationRoutes as routes } from '@citadel/protocol/api';
import type { createSessions } from '../accounts/sessions.js';
import type { AppRegistry } from '../app-registry.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import type { createPairwise } from '../identity/pairwise.js';
import { createNotificationGrants } from '../notifications/grants.js';
import { createInbox } from '../notifications/inbox.js';
import { withRegistryIcons } from './registry-icons.js';
import type { PlatformEnv } from './env.js';
import { requireCitizen } from './guards.js';
import { answer, jsonOf, paramsOf, queryOf } from './validate.js';

const noSuchApp = () => new ApiError(404, 'NOT_FOUND', 'No such app');
const noSuchTopic = () => new ApiError(404, 'NOT_FOUND', 'This app declares no such topic');
const noSuchEntry = () => new ApiError(404, 'NOT_FOUND', 'No such message in your inbox');

/** The citizen's notification APIs under `/api`: grants and muted topics per app, and the inbox. */
export function notificationRoutes(deps: { db: Database; sessions: ReturnType<typeof createSessions>; registry: AppRegistry; pairwise: ReturnType<typeof createPairwise> }) {
  const api = new Hono<PlatformEnv>();
  const grants = createNotificationGrants(deps.db, deps.pairwise);
  const inbox = createInbox(deps.db);
  api.use('/notifications/*', requireCitizen(deps.sessions));
  api.use('/inbox', requireCitizen(deps.sessions));
  api.use('/inbox/*', requireCitizen(deps.sessions));

  /** The app, registered, active and declaring the notifications permission. */
  const notifyingApp = async (id: string) => {
    const app = await deps.registry.get(id);
    if (!app) throw noSuchApp();
    if (app.status !== 'active') throw new ApiError(403, 'APP_SUSPENDED', 'This service is suspended by the platform operator');
    if (!app.manifest.permissions.some((p) => p.name === 'notifications')) {
      throw new ApiError(403, 'FORBIDDEN', 'This app does not declare the notifications permission');
    }
    return app;
  };

  api.get(routes.notificationGrant.path, paramsOf(routes.notificationGrant, noSuchApp), async (c) => {
    const app = await notifyingApp(c.req.valid('param').appId);
    return answer(c, routes.notificationGrant, 200, await grants.get(c.get('citizen').id, app.manifest.id));
  });
  api.put(routes.grantNotifications.path, paramsOf(routes.grantNotifications, noSuchApp), async (c) => {
    const app = await notifyingApp(c.req.valid('param').appId);
    return answer(c, routes.grantNotifications, 200, await grants.grant(c.get('citizen').id, app.manifest.id));
  });
  api.put(routes.muteTopic.path, paramsOf(routes.muteTopic, noSuchTopic), jsonOf(routes.muteTopic), async (c) => {
    const { appId, topic } = c.req.valid('param');
    const app = await notifyingApp(appId);
    if (!app.manifest.notifications?.topics.some((t) => t.id === topic)) throw noSuchTopic();
    return answer(c, routes.muteTopic, 200, await grants.setMuted(c.get('citizen').id, app.manifest.id, topic, c.req.valid('json').muted));
  });

  api.get(routes.inbox.path, queryOf(routes.inbox), async (c) => {
    c.header('Cache-Control', 'no-store');
    const page = await inbox.page(c.get('citizen').id, c.req.valid('query').before);
    if (!page) {
      throw new ApiError(400, 'INVALID_PARAMS', 'before: not a cursor this API gave out', { issues: [{ path: 'before', message: 'not a cursor this API gave out' }] });
    }
    return answer(c, routes.inbox, 200, { entries: await withRegistryIcons(deps.registry, page.entries), next: page.next });
  });
  api.get(routes.unread.path, async (c) => {
    c.header('Cache-Control', 'no-store');
    return answer(c, routes.unread, 200, { count: await inbox.unread(c.get('citizen').id) });
  });
  api.post(routes.readAll.path, async (c) => {
    await inbox.markAllRead(c.get('citizen').id);
    return c.body(null, 204);
  });
  api.post(routes.read.path, paramsOf(routes.read, noSuchEntry), async (c) => {
    if (!(await inbox.markRead(c.get('citizen').id, c.req.valid('param').id))) throw noSuchEntry();
    return c.body(null, 204);
  });
  return api;
}
