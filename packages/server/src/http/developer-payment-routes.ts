import { Hono } from 'hono';
import { developerPaymentRoutes as routes } from '@citadel/protocol/api';
import type { createSessions } from '../accounts/sessions.js';
import type { Database } from '../db/database.js';
import { createPairwise } from '../identity/pairwise.js';
import { createAppPayments } from '../payments/app-payments.js';
import type { PlatformEnv } from './env.js';
import { requireCitizen } from './guards.js';
import { createOrgAccess, noSuchApp } from './org-access.js';
import { answer, paramsOf, queryOf } from './validate.js';

/**
 * The finance view of the developer API (docs/publish-your-app.md, "Payments"): an app's payments and refunds, for
 * its organisation's owners and finance people (developers get 403 naming the roles, outsiders 404).
 */
export function developerPaymentRoutes(deps: { db: Database; sessions: ReturnType<typeof createSessions> }) {
  const api = new Hono<PlatformEnv>();
  const access = createOrgAccess(deps.db);
  const payments = createAppPayments(deps.db, createPairwise(deps.db));
  api.get(routes.appPayments.path, requireCitizen(deps.sessions), paramsOf(routes.appPayments, noSuchApp), queryOf(routes.appPayments), async (c) => {
    const { appId } = c.req.valid('param');
    await access.appMember(c.get('citizen').id, appId, ['owner', 'finance']);
    c.header('Cache-Control', 'no-store');
    return answer(c, routes.appPayments, 200, await payments.page(appId, c.req.valid('query').before));
  });
  return api;
}
