import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { API_BASE, type Role } from '@citadel/protocol/api';
import type { createSessions } from '../accounts/sessions.js';
import { ApiError } from '../errors.js';
import type { Surface } from '../host-routing.js';
import type { createCredentials } from '../registry/credentials.js';
import type { createPartnerAuthThrottle } from '../registry/partner-auth-throttle.js';
import type { PlatformEnv } from './env.js';

/** The session cookie in development (plain http): host-only (no `Domain`), so app origins never receive it. */
export const SESSION_COOKIE = 'citadel_session';
/**
 * The session cookie in production: the `__Host-` prefix makes browsers accept it only `Secure`, with `Path=/` and
 * no `Domain`, so an app origin (`<id>.apps.<host>`) cannot plant one for the host (docs/security-model.md).
 */
export const SECURE_SESSION_COOKIE = '__Host-citadel_session';

/** The session cookie's name: `__Host-citadel_session` when cookies are `Secure` (production), `citadel_session` otherwise. */
export const sessionCookieName = (secure: boolean) => (secure ? SECURE_SESSION_COOKIE : SESSION_COOKIE);

/** The session token the request carries, under this server's one cookie name (an unprefixed one is ignored in production). */
export const sessionToken = (c: Context): string | undefined => getCookie(c, (c.get('sessionCookie') as string | undefined) ?? SESSION_COOKIE);

/** The site a request came to (set by the server's `Host` routing); `host` when nothing set it. */
export const surfaceOf = (c: Context): Surface => (c.get('surface') as Surface | undefined) ?? 'host';

/**
 * A CI pipeline's call of the developer API on the console's origin, with the app's credentials (HTTP Basic) and from
 * no page: the `Origin` rule does not apply. A page of another site cannot send such a call with the person's cookie:
 * an `Authorization` header needs a CORS preflight, and the server grants none.
 */
const isPipelineCall = (c: Context): boolean =>
  surfaceOf(c) === 'console' && c.req.path.startsWith(`${API_BASE.developer}/`) && /^basic /i.test(c.req.header('authorization') ?? '');

/**
 * Refuses a state-changing request unless its `Origin` is exactly the origin of the site it came to: the host's for
 * the host, the console's for the console, so neither's page can act on the other's session
 * (docs/security-model.md, "The platform server"; `SameSite=Strict` is the second lock). Reads pass: they change nothing.
 */
export function sameOriginOnly(originOf: (surface: Surface) => string): MiddlewareHandler {
  return async (c, next) => {
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD' && c.req.header('origin') !== originOf(surfaceOf(c)) && !isPipelineCall(c)) {
      throw new ApiError(403, 'CROSS_SITE', 'These APIs only accept requests from the page\'s own site (the host or the developer console)');
    }
    await next();
  };
}

/** Loads the citizen of the session cookie, or answers 401; only a session of the site the request came to counts. */
export function requireCitizen(sessions: ReturnType<typeof createSessions>): MiddlewareHandler<PlatformEnv> {
  return async (c, next) => {
    const token = sessionToken(c);
    const found = token ? await sessions.resolve(token, surfaceOf(c)) : undefined;
    if (!found) throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in first');
    c.set('citizen', found.citizen);
    c.set('sessionId', found.sessionId);
    await next();
  };
}

/**
 * Authenticates a partner backend by HTTP Basic with its client id and secret. Wrong credentials
 * are throttled per client id and per address (`createPartnerAuthThrottle`): 401 until a limit is
 * passed, then 429 with the limit and `Retry-After`.
 */
export function requirePartner(
  credentials: ReturnType<typeof createCredentials>,
  throttle: ReturnType<typeof createPartnerAuthThrottle>,
  trustProxy: boolean,
): MiddlewareHandler<PlatformEnv> {
  return async (c, next) => {
    const ip = clientAddress(c, trustProxy);
    await throttle.check(ip);
    const header = c.req.header('authorization') ?? '';
    const [scheme, encoded] = header.split(' ');
    const decoded = scheme?.toLowerCase() === 'basic' && encoded ? Buffer.from(encoded, 'base64').toString('utf8') : '';
    const colon = decoded.indexOf(':');
    const clientId = colon > 0 ? decoded.slice(0, colon) : '';
    const appId = clientId ? await credentials.check(clientId, decoded.slice(colon + 1)) : undefined;
    if (!appId) {
      const locked = await throttle.fail(clientId, ip);
      if (locked) throw locked;
      c.header('WWW-Authenticate', 'Basic realm="citadel-partner"');
      throw new ApiError(401, 'UNAUTHENTICATED', 'Unknown, wrong or expired partner credentials');
    }
    c.set('partnerAppId', appId);
    await next();
  };
}

/** The client's address: the socket's peer; `X-Forwarded-For` only when a trusted proxy is configured. */
export function clientAddress(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

/** Refuses a citizen without the platform role `role` (403, naming it). Runs after `requireCitizen`. */
export const requireRole = (role: Role): MiddlewareHandler<PlatformEnv> => async (c, next) => {
  if (!c.get('citizen').roles.includes(role)) throw new ApiError(403, 'FORBIDDEN', `Only an account with the ${role} role may do this`);
  await next();
};
