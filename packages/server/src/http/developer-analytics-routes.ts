import { Hono } from 'hono';
import { developerAnalyticsRoutes as routes } from '@citadel/protocol/api';
import { readAppAnalytics } from '../analytics/app-analytics.js';
import { createDeveloperAccess, noSuchApp, type DeveloperAccessDeps, type DeveloperEnv } from './developer-access.js';
import { answer, paramsOf, queryOf } from './validate.js';

/** The days shown when the request does not say. */
const DEFAULT_DAYS = 30;

/**
 * `GET /api/developer/v1/apps/:appId/analytics` (docs/publish-your-app.md, "Analytics"): the owners, developers and
 * finance members of the app's organisation, or the app's own credentials, read its analytics; a reading changes
 * nothing, so nothing is audited.
 */
export function developerAnalyticsRoutes(deps: DeveloperAccessDeps & { dailyQuota: number }) {
  const api = new Hono<DeveloperEnv>();
  const { appAccess } = createDeveloperAccess(deps);
  api.get(routes.appAnalytics.path, paramsOf(routes.appAnalytics, noSuchApp), appAccess(['owner', 'developer', 'finance']), queryOf(routes.appAnalytics), async (c) => {
    const { appId } = c.req.valid('param');
    const days = c.req.valid('query').days ?? DEFAULT_DAYS;
    return answer(c, routes.appAnalytics, 200, await readAppAnalytics(deps.db, { appId, days, dailyQuota: deps.dailyQuota }));
  });
  return api;
}
