import { AnalyticsQuery, AppAnalyticsAnswer } from './app-analytics.js';
import { DeveloperAppPath } from './publishing.js';
import type { ApiRoute } from './route.js';

/** An app's analytics in the developer API (docs/publish-your-app.md, "Analytics"), merged into `developerRoutes`. */
export const developerAnalyticsRoutes = {
  appAnalytics: {
    method: 'get', path: '/apps/:appId/analytics', audience: 'developer',
    summary: 'The app\'s analytics per day (owners, developers and finance): launches, tap → ready, bridge errors, payments, notifications, consent.',
    params: DeveloperAppPath, query: AnalyticsQuery, responses: { 200: AppAnalyticsAnswer },
  },
} as const satisfies Record<string, ApiRoute>;
