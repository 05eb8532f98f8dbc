import { OperatorAppAnswer, OperatorAppsAnswer, SuspendBody } from './kill-switch.js';
import { DeveloperAppPath } from './publishing.js';
import type { ApiRoute } from './route.js';

/**
 * The platform operator's kill switch in the developer API (`/api/developer/v1`, people with the `operator` role):
 * suspending an app stops it launching and serving at once and tells its partner why (the console and a signed
 * `app.suspended` webhook).
 */
export const killSwitchRoutes = {
  operatorApps: {
    method: 'get', path: '/operator/apps', audience: 'developer', summary: 'Every app with its status (operators only).',
    responses: { 200: OperatorAppsAnswer },
  },
  suspendApp: {
    method: 'post', path: '/operator/apps/:appId/suspend', audience: 'developer',
    summary: 'Suspends an app at once, with the reason its partner is told (operators only).',
    params: DeveloperAppPath, body: SuspendBody, responses: { 200: OperatorAppAnswer },
  },
  reinstateApp: {
    method: 'post', path: '/operator/apps/:appId/reinstate', audience: 'developer', summary: 'Lets a suspended app launch again (operators only).',
    params: DeveloperAppPath, responses: { 200: OperatorAppAnswer },
  },
} as const satisfies Record<string, ApiRoute>;
