import type { MiddlewareHandler } from 'hono';

/**
 * `Cache-Control: no-store` on every API answer that did not choose its own: personal and
 * authenticated answers (a profile, a wallet, a partner's orders, and every error) are never
 * kept by a browser, a shared device's cache or a proxy. Public answers that may be cached (the
 * app catalogue, the alert history, the JWKS) set their own header.
 */
export const noStoreByDefault: MiddlewareHandler = async (c, next) => {
  await next();
  if (!c.res.headers.has('cache-control')) c.res.headers.set('Cache-Control', 'no-store');
};
