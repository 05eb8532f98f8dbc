import { PaymentCursorQuery, PaymentsPageAnswer } from './developer-payments.js';
import { DeveloperAppPath } from './publishing.js';
import type { ApiRoute } from './route.js';

/** The finance view of the developer API (`/api/developer/v1`): an app's payments and refunds, for owners and finance. */
export const developerPaymentRoutes = {
  appPayments: {
    method: 'get', path: '/apps/:appId/payments', audience: 'developer',
    summary: 'The app\'s payments, newest first, with their refunds and the app\'s totals (owners and finance).',
    params: DeveloperAppPath, query: PaymentCursorQuery, responses: { 200: PaymentsPageAnswer },
  },
} as const satisfies Record<string, ApiRoute>;
