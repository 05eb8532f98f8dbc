import { Hono } from 'hono';
import { abuseReportRoutes as routes } from '@citadel/protocol/api';
import type { createSessions } from '../accounts/sessions.js';
import type { AppRegistry } from '../app-registry.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { createAbuseReports, type AbuseReportLimits } from '../registry/abuse-reports.js';
import type { PlatformEnv } from './env.js';
import { clientAddress, requireCitizen } from './guards.js';
import { jsonOf, paramsOf } from './validate.js';

const noSuchApp = () => new ApiError(404, 'NOT_FOUND', 'No such app');

/** `POST /api/apps/:id/abuse-reports`: the host reports an app it shut out, for the operator (`npm run operator -- security`). */
export function abuseReportRoutes(deps: { db: Database; registry: AppRegistry; sessions: ReturnType<typeof createSessions>; trustProxy: boolean; limits?: AbuseReportLimits }) {
  const api = new Hono<PlatformEnv>();
  const reports = createAbuseReports(deps.db, deps.limits);
  api.post(routes.abuseReport.path, requireCitizen(deps.sessions), paramsOf(routes.abuseReport, noSuchApp), jsonOf(routes.abuseReport), async (c) => {
    const { id } = c.req.valid('param');
    // Suspended apps are still registered, and still worth a report.
    if (!(await deps.registry.get(id))) throw noSuchApp();
    await reports.report(c.get('citizen').id, id, clientAddress(c, deps.trustProxy));
    return c.body(null, 204);
  });
  return api;
}
