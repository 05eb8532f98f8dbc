import { analyticsReportRoutes as routes, type AnalyticsReportBody } from '@citadel/protocol/api';
import { createPlatformClient } from '@citadel/api-client';

/**
 * Sends a report of what the host measured (`POST /api/analytics/reports`) as a `keepalive` request, so it is
 * delivered even when the page is going away. Rejects with an `ApiError`; never throws synchronously.
 */
export type SendReport = (report: AnalyticsReportBody) => Promise<void>;

/** Creates the sender of analytics reports on this page's origin. */
export function createAnalyticsApi(fetchFn: typeof fetch = (input, init) => fetch(input, init)): SendReport {
  const call = createPlatformClient((input, init) => fetchFn(input, { ...init, keepalive: true }));
  return async (report) => {
    await call(routes.analyticsReport, { body: report });
  };
}
