import { Hono } from 'hono';
import type { AppRegistry } from '../app-registry.js';
import { ApiError } from '../errors.js';
import type { createCredentials } from '../registry/credentials.js';
import type { PlatformEnv } from './env.js';
import { requirePartner } from './guards.js';

/** The partner API under `/api/partner/v1`, authenticated by the app's client credentials. */
export function partnerRoutes(deps: { credentials: ReturnType<typeof createCredentials>; registry: AppRegistry }) {
  const api = new Hono<PlatformEnv>();
  api.use('*', requirePartner(deps.credentials));
  api.get('/app', async (c) => {
    const app = await deps.registry.get(c.get('partnerAppId'));
    if (!app) throw new ApiError(404, 'NOT_FOUND', 'The app of these credentials is no longer registered');
    return c.json({ id: app.manifest.id, status: app.status, name: app.manifest.name });
  });
  return api;
}
