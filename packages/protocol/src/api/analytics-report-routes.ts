import { AnalyticsReportAnswer, AnalyticsReportBody, ANALYTICS_REPORT_LIMITS } from './analytics-report.js';
import type { ApiRoute } from './route.js';

/** What the host measured of the apps it ran, under `/api/analytics`. */
export const analyticsReportRoutes = {
  analyticsReport: {
    method: 'post', path: '/analytics/reports', audience: 'citizen',
    summary: 'Reports launches (tap → ready time) and bridge error counts the host measured, for the apps\' analytics.',
    body: AnalyticsReportBody, bodyLimit: ANALYTICS_REPORT_LIMITS.bodyBytes, responses: { 200: AnalyticsReportAnswer },
  },
} as const satisfies Record<string, ApiRoute>;
