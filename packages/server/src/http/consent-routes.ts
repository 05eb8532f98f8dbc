import { Hono } from 'hono';
import * as z from 'zod/mini';
import { AppId } from '@citadel/protocol';
import type { createSessions } from '../accounts/sessions.js';
import type { AppRegistry } from '../app-registry.js';
import { createConsents } from '../consent/consents.js';
import { ConsentKind, revokeConsent } from '../consent/revoke.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import type { createPairwise } from '../identity/pairwise.js';
import { readJson } from './body.js';
import { withRegistryIcons } from './registry-icons.js';
import type { PlatformEnv } from './env.js';
import { requireCitizen } from './guards.js';

/** The consent center's APIs under `/api/consents`: grants per app, revocation, the audit log. */
export function consentRoutes(deps: { db: Database; registry: AppRegistry; sessions: ReturnType<typeof createSessions>; pairwise: ReturnType<typeof createPairwise>; revoked: () => void }) {
  const api = new Hono<PlatformEnv>();
  const consents = createConsents(deps.db);
  api.use('/consents', requireCitizen(deps.sessions));
  api.use('/consents/*', requireCitizen(deps.sessions));
  api.get('/consents', async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ apps: await withRegistryIcons(deps.registry, await consents.list(c.get('citizen').id)) });
  });
  api.get('/consents/audit', async (c) => {
    c.header('Cache-Control', 'no-store');
    const before = c.req.query('before');
    if (before !== undefined && !/^\d{1,18}$/.test(before)) throw new ApiError(400, 'INVALID_PARAMS', 'before: not a cursor this API gave out');
    return c.json(await consents.audit(c.get('citizen').id, before === undefined ? undefined : Number(before)));
  });
  api.post('/consents/:appId/revoke', async (c) => {
    const appId = c.req.param('appId');
    if (!AppId.safeParse(appId).success) throw new ApiError(404, 'NOT_FOUND', 'No such app');
    const body = await readJson(c, z.strictObject({ permission: z.enum(ConsentKind) }));
    const [app] = await deps.db.query('SELECT 1 FROM apps WHERE id = $1', [appId]);
    if (!app) throw new ApiError(404, 'NOT_FOUND', 'No such app');
    const revoked = await revokeConsent(deps.db, deps.pairwise, c.get('citizen').id, appId, body.permission);
    if (revoked) deps.revoked();
    return c.json({ revoked });
  });
  return api;
}
