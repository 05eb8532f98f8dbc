import { createMiddleware } from 'hono/factory';
import { citizenOf, type CitizenAuth } from './sessions.js';

/** What `citizen` leaves for the route: the caller's pairwise `sub`, as `c.var.sub`. */
export interface CitizenEnv {
  readonly Variables: { readonly sub: string };
}

/**
 * Middleware for a private route: the citizen's pairwise `sub` (`citizenOf`: a session, or an
 * identity token at one nonce per call) as `c.var.sub`, before the body is read; `401` otherwise.
 */
export function citizen(auth: CitizenAuth) {
  return createMiddleware<CitizenEnv>(async (c, next) => {
    c.set('sub', await citizenOf(c.req.raw, auth));
    await next();
  });
}
