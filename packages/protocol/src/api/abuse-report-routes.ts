import { AbuseReportBody } from './abuse-reports.js';
import { AppPath } from './apps.js';
import type { ApiRoute } from './route.js';

/** What the host reports about an app it shut out, under `/api/apps/:id/abuse-reports`. */
export const abuseReportRoutes = {
  abuseReport: {
    method: 'post', path: '/apps/:id/abuse-reports', audience: 'citizen',
    summary: 'Reports an app the host shut out (a frame that kept flooding the bridge), for the operator\'s security log.',
    params: AppPath, body: AbuseReportBody, responses: { 204: null },
  },
} as const satisfies Record<string, ApiRoute>;
