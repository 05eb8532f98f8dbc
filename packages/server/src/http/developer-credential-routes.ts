import { Hono } from 'hono';
import { developerRoutes as routes } from '@citadel/protocol/api';
import { ApiError } from '../errors.js';
import { createCredentialAdmin } from '../publishing/credential-admin.js';
import type { DeveloperAppRouteDeps, DeveloperEnv } from './developer-env.js';
import { answer, jsonOf, paramsOf } from './validate.js';

const noSuchApp = () => new ApiError(404, 'NOT_FOUND', 'No such app');
const noSuchCredential = () => new ApiError(404, 'NOT_FOUND', 'The app has no such client id');

/**
 * The developer API's credentials self-service (docs/credentials-and-webhooks.md): list an app's client ids, issue
 * a secret (shown once, at most two active), revoke one. Mounted by `developerRoutes` behind its app guard.
 */
export function developerCredentialRoutes(deps: DeveloperAppRouteDeps) {
  const api = new Hono<DeveloperEnv>();
  const admin = createCredentialAdmin(deps.db);
  const { appAccess, actor } = deps;

  api.get(routes.credentials.path, paramsOf(routes.credentials, noSuchApp), appAccess, async (c) =>
    answer(c, routes.credentials, 200, { credentials: await admin.list(c.req.valid('param').appId) }));
  api.post(routes.createCredential.path, paramsOf(routes.createCredential, noSuchApp), appAccess, jsonOf(routes.createCredential), async (c) => {
    // The secret is in this answer only; like every API answer it is `Cache-Control: no-store`.
    const created = await admin.create(c.req.valid('param').appId, { expireOthers: c.req.valid('json').expireOthers ?? false }, actor(c));
    return answer(c, routes.createCredential, 201, created);
  });
  api.post(routes.revokeCredential.path, paramsOf(routes.revokeCredential, noSuchCredential), appAccess, async (c) => {
    const { appId, clientId } = c.req.valid('param');
    const credential = await admin.revoke(appId, clientId, actor(c));
    if (!credential) throw noSuchCredential();
    return answer(c, routes.revokeCredential, 200, { credential });
  });
  return api;
}
