import { Hono } from 'hono';
import { analyticsReportRoutes as routes } from '@citadel/protocol/api';
import type { createSessions } from '../accounts/sessions.js';
import { createAnalyticsReports, type AnalyticsReportLimits } from '../analytics/reports.js';
import type { Database } from '../db/database.js';
import type { PlatformEnv } from './env.js';
import { requireCitizen } from './guards.js';
import { answer, jsonOf } from './validate.js';

/** `POST /api/analytics/reports`: what a signed-in citizen's host measured of the apps it ran (docs/security-model.md, "What the host reports"). */
export function analyticsReportRoutes(deps: { db: Database; sessions: ReturnType<typeof createSessions>; limits?: AnalyticsReportLimits }) {
  const api = new Hono<PlatformEnv>();
  const reports = createAnalyticsReports(deps.db, deps.limits);
  api.post(routes.analyticsReport.path, requireCitizen(deps.sessions), jsonOf(routes.analyticsReport), async (c) =>
    answer(c, routes.analyticsReport, 200, await reports.record(c.get('citizen').id, c.req.valid('json'))));
  return api;
}
