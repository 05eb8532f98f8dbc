import { abuseReportRoutes } from './abuse-report-routes.js';
import { accountRoutes } from './account-routes.js';
import { alertRoutes } from './alert-routes.js';
import { analyticsReportRoutes } from './analytics-report-routes.js';
import { consentRoutes } from './consent-routes.js';
import { developerRoutes } from './developer-routes.js';
import { killSwitchRoutes } from './kill-switch-routes.js';
import { developerPaymentRoutes } from './developer-payments-routes.js';
import { liveRoutes } from './live-routes.js';
import { notificationRoutes } from './notification-routes.js';
import { partnerRoutes } from './partner-routes.js';
import { passkeyRoutes } from './passkey-routes.js';
import type { ApiRoute } from './route.js';
import { walletRoutes } from './wallet-routes.js';

/** Every HTTP route of the platform, by name: the one table the server, the clients and the generators read. */
export const apiRoutes = {
  ...accountRoutes, ...walletRoutes, ...consentRoutes, ...notificationRoutes, ...alertRoutes, ...liveRoutes, ...partnerRoutes,
  ...passkeyRoutes, ...abuseReportRoutes, ...developerRoutes, ...killSwitchRoutes, ...developerPaymentRoutes, ...analyticsReportRoutes,
} as const satisfies Record<string, ApiRoute>;
/** The name of a route. */
export type ApiRouteName = keyof typeof apiRoutes;
