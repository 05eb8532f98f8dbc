import { ANALYTICS_REPORT_LIMITS, type AnalyticsReportBody } from '@citadel/protocol/api';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { tooMany } from '../throttle/too-many.js';
import { countInWindow } from '../throttle/window-count.js';
import { createDailySalts } from './daily-salt.js';
import { vietnamDate } from './vietnam-date.js';
import { visitorKey } from './visitor-key.js';

/** The limits a report is held to (`ANALYTICS_REPORT_LIMITS` of `@citadel/protocol/api`). */
export type AnalyticsReportLimits = Pick<typeof ANALYTICS_REPORT_LIMITS, 'reportsPerCitizen' | 'windowSeconds' | 'launchesPerCitizenAppDay'>;

/** What the platform counted of a report. */
export interface RecordedReport {
  readonly launchesCounted: number;
  readonly launchesIgnored: number;
  readonly limitName: 'launches-per-citizen-app-day';
  readonly limit: number;
}

/** Groups `items` by app, keeping their order. */
const byApp = <T extends { appId: string }>(items: readonly T[]) => {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(item.appId, [...(groups.get(item.appId) ?? []), item]);
  return groups;
};

/**
 * Records what a signed-in citizen's host measured (docs/security-model.md, "What the host reports"): each launch as a
 * row of the day with its tap → `ready` time and the citizen's visitor key (never their account id), and error counts
 * added to the app's count of the day and code. Refused, writing nothing: a citizen past `reportsPerCitizen` reports in
 * the window (429 `RATE_LIMITED`, `limitName: 'analytics-reports-per-citizen'`), and a report naming an app the
 * platform does not know (400 `INVALID_PARAMS`, naming the items). Launches of one app by one citizen past
 * `launchesPerCitizenAppDay` in a day are not counted; the answer says how many.
 */
export function createAnalyticsReports(db: Database, limits: AnalyticsReportLimits = ANALYTICS_REPORT_LIMITS) {
  const salts = createDailySalts(db);
  const refuseUnknownApps = async (report: AnalyticsReportBody) => {
    const named = [...new Set([...report.launches, ...report.errors].map((item) => item.appId))];
    const known = new Set((await db.query<{ id: string }>('SELECT id FROM apps WHERE id = ANY($1::text[])', [named])).map((row) => row.id));
    const issues = [
      ...report.launches.map((item, i) => ({ path: `launches.${i}.appId`, appId: item.appId })),
      ...report.errors.map((item, i) => ({ path: `errors.${i}.appId`, appId: item.appId })),
    ].filter((item) => !known.has(item.appId)).slice(0, 10).map(({ path, appId }) => ({ path, message: `no app "${appId}" is registered` }));
    if (issues.length > 0) throw new ApiError(400, 'INVALID_PARAMS', `${issues[0]!.path}: ${issues[0]!.message}`, { issues });
  };
  return {
    async record(citizenId: string, report: AnalyticsReportBody, now = new Date()): Promise<RecordedReport> {
      const key = `analytics-report:${citizenId}`;
      const { count, windowStart } = await countInWindow(db, key, limits.windowSeconds);
      if (count > limits.reportsPerCitizen) {
        const until = new Date(windowStart.getTime() + limits.windowSeconds * 1000);
        throw tooMany('RATE_LIMITED', { what: 'analytics reports', limit: limits.reportsPerCitizen, windowSeconds: limits.windowSeconds, until },
          { limitName: 'analytics-reports-per-citizen' });
      }
      await refuseUnknownApps(report);
      const day = vietnamDate(now);
      const salt = await salts.of(day);
      const errors = new Map<string, { appId: string; code: string; count: number }>();
      for (const { appId, code, count: n } of report.errors) {
        const sum = errors.get(`${appId} ${code}`);
        errors.set(`${appId} ${code}`, { appId, code, count: (sum?.count ?? 0) + n });
      }
      return db.transaction(async (tx) => {
        // One report of a citizen at a time: the daily launch limit below counts what the others wrote.
        await tx.query('SELECT 1 FROM auth_throttle WHERE key = $1 FOR UPDATE', [key]);
        let counted = 0;
        for (const [appId, launches] of byApp(report.launches)) {
          const visitor = visitorKey(salt, appId, citizenId);
          const [seen] = await tx.query<{ n: number }>(
            'SELECT count(*)::int AS n FROM app_launches WHERE app_id = $1 AND day = $2 AND visitor = $3', [appId, day, visitor]);
          const kept = launches.slice(0, Math.max(0, limits.launchesPerCitizenAppDay - (seen?.n ?? 0)));
          if (kept.length === 0) continue;
          await tx.query('INSERT INTO app_launches (app_id, day, visitor, ready_ms) SELECT $1, $2, $3, unnest($4::int[])',
            [appId, day, visitor, kept.map((launch) => launch.readyMs)]);
          counted += kept.length;
        }
        if (errors.size > 0) {
          const rows = [...errors.values()];
          await tx.query(
            `INSERT INTO app_bridge_errors (app_id, day, code, count)
             SELECT app_id, $1, code, n FROM unnest($2::text[], $3::text[], $4::int[]) AS t (app_id, code, n)
             ON CONFLICT (app_id, day, code) DO UPDATE SET count = app_bridge_errors.count + EXCLUDED.count`,
            [day, rows.map((r) => r.appId), rows.map((r) => r.code), rows.map((r) => r.count)]);
        }
        return { launchesCounted: counted, launchesIgnored: report.launches.length - counted, limitName: 'launches-per-citizen-app-day', limit: limits.launchesPerCitizenAppDay };
      });
    },
  };
}
