import { accountRoutes, API_BASE, routePath } from '@citadel/protocol/api';

/** The developer API's base, `/api/developer/v1`. */
const DEVELOPER_BASE = API_BASE.developer;

/**
 * The citizen routes the developer console signs people in and out with, and reads who is signed in (`GET /api/me`).
 * Passkeys are not among them: their relying party is the host, and an assertion made on another origin is refused.
 */
const SIGN_IN_PATHS: ReadonlySet<string> = new Set(
  [accountRoutes.sendCode, accountRoutes.register, accountRoutes.signIn, accountRoutes.recover, accountRoutes.signOut, accountRoutes.me].map(routePath),
);

/** Whether `path` is the developer API's, which answers on the console's origin only (404 on the host's). */
export const consoleOnly = (path: string): boolean => path === DEVELOPER_BASE || path.startsWith(`${DEVELOPER_BASE}/`);

/** Whether the console's origin serves the API path `path`: the sign-in routes, `GET /api/me` and the developer API; anything else is 404 there. */
export const consoleServes = (path: string): boolean => consoleOnly(path) || SIGN_IN_PATHS.has(path);
