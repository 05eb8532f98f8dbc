import { Hono } from 'hono';
import * as z from 'zod/mini';
import { AppId, TopicId } from '@citadel/protocol';
import type { createSessions } from '../accounts/sessions.js';
import type { AppRegistry } from '../app-registry.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import type { createPairwise } from '../identity/pairwise.js';
import { createNotificationGrants } from '../notifications/grants.js';
import { createInbox } from '../notifications/inbox.js';
import { readJson } from './body.js';
import { withRegistryIcons } from './registry-icons.js';
import type { PlatformEnv } from './env.js';
import { requireCitizen } from './guards.js';

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
    const app = AppId.safeParse(id).success ? await deps.registry.get(id) : undefined;
    if (!app) throw new ApiError(404, 'NOT_FOUND', 'No such app');
    if (app.status !== 'active') throw new ApiError(403, 'APP_SUSPENDED', 'This service is suspended by the platform operator');
    if (!app.manifest.permissions.some((p) => p.name === 'notifications')) {
      throw new ApiError(403, 'FORBIDDEN', 'This app does not declare the notifications permission');
    }
    return app;
  };

  api.get('/notifications/grants/:appId', async (c) => {
    const app = await notifyingApp(c.req.param('appId'));
    return c.json(await grants.get(c.get('citizen').id, app.manifest.id));
  });
  api.put('/notifications/grants/:appId', async (c) => {
    const app = await notifyingApp(c.req.param('appId'));
    return c.json(await grants.grant(c.get('citizen').id, app.manifest.id));
  });
  api.put('/notifications/grants/:appId/topics/:topic', async (c) => {
    const app = await notifyingApp(c.req.param('appId'));
    const topic = c.req.param('topic');
    if (!TopicId.safeParse(topic).success || !app.manifest.notifications?.topics.some((t) => t.id === topic)) {
      throw new ApiError(404, 'NOT_FOUND', 'This app declares no such topic');
    }
    const body = await readJson(c, z.strictObject({ muted: z.boolean() }));
    return c.json(await grants.setMuted(c.get('citizen').id, app.manifest.id, topic, body.muted));
  });

  api.get('/inbox', async (c) => {
    c.header('Cache-Control', 'no-store');
    const before = c.req.query('before');
    const page = await inbox.page(c.get('citizen').id, before);
    if (!page) throw new ApiError(400, 'INVALID_PARAMS', 'before: not a cursor this API gave out');
    return c.json({ entries: await withRegistryIcons(deps.registry, page.entries), next: page.next });
  });
  api.get('/inbox/unread', async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ count: await inbox.unread(c.get('citizen').id) });
  });
  api.post('/inbox/read-all', async (c) => {
    await inbox.markAllRead(c.get('citizen').id);
    return c.body(null, 204);
  });
  api.post('/inbox/:id/read', async (c) => {
    const id = c.req.param('id');
    if (!/^(ntf|alr)_[A-Za-z0-9_-]{10,40}$/.test(id) || !(await inbox.markRead(c.get('citizen').id, id))) {
      throw new ApiError(404, 'NOT_FOUND', 'No such message in your inbox');
    }
    return c.body(null, 204);
  });
  return api;
}
