import { Hono } from 'hono';
import { consentRoutes as routes } from '@citadel/protocol/api';
import type { createSessions } from '../accounts/sessions.js';
import type { AppRegistry } from '../app-registry.js';
import { createConsents } from '../consent/consents.js';
import { revokeConsent } from '../consent/revoke.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import type { createPairwise } from '../identity/pairwise.js';
import { withRegistryIcons } from './registry-icons.js';
import type { PlatformEnv } from './env.js';
import { requireCitizen } from './guards.js';
import { answer, jsonOf, paramsOf, queryOf } from './validate.js';

const noSuchApp = () => new ApiError(404, 'NOT_FOUND', 'No such app');

/** The consent center's APIs under `/api/consents`: grants per app, revocation, the audit log. */
export function consentRoutes(deps: { db: Database; registry: AppRegistry; sessions: ReturnType<typeof createSessions>; pairwise: ReturnType<typeof createPairwise>; revoked: () => void }) {
  const api = new Hono<PlatformEnv>();
  const consents = createConsents(deps.db);
  api.use('/consents', requireCitizen(deps.sessions));
  api.use('/consents/*', requireCitizen(deps.sessions));
  api.get(routes.consents.path, async (c) => {
    c.header('Cache-Control', 'no-store');
    return answer(c, routes.consents, 200, { apps: await withRegistryIcons(deps.registry, await consents.list(c.get('citizen').id)) });
  });
  api.get(routes.audit.path, queryOf(routes.audit), async (c) => {
    c.header('Cache-Control', 'no-store');
    const { before } = c.req.valid('query');
    return answer(c, routes.audit, 200, await consents.audit(c.get('citizen').id, before === undefined ? undefined : Number(before)));
  });
  api.post(routes.revoke.path, paramsOf(routes.revoke, noSuchApp), jsonOf(routes.revoke), async (c) => {
    const { appId } = c.req.valid('param');
    // Suspended apps are still registered: a citizen may always withdraw from them.
    if (!(await deps.registry.get(appId))) throw noSuchApp();
    const revoked = await revokeConsent(deps.db, deps.pairwise, c.get('citizen').id, appId, c.req.valid('json').permission);
    if (revoked) deps.revoked();
    return answer(c, routes.revoke, 200, { revoked });
  });
  return api;
}
