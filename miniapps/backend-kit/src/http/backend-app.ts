import { Hono } from 'hono';
import { cors } from 'hono/cors';
import { HTTPException } from 'hono/http-exception';
import { HttpError } from '../http-error.js';
import { routeMethods } from './route-methods.js';

/** Options of `createBackendApp`. */
export interface BackendAppOptions {
  /** Names the backend in logs, such as `tourism-backend`. */
  readonly name: string;
  /** The one browser origin allowed to call (the mini-app's own). */
  readonly allowedOrigin: string;
}

// What Hono's own middleware throws (the JSON validator's "Malformed JSON", say), in the kit's codes.
const HONO_CODES: Readonly<Record<number, string>> = { 400: 'INVALID_PARAMS', 413: 'PAYLOAD_TOO_LARGE' };

/**
 * A Hono app with what every backend answers the same way; mount the app's routes on it with
 * `app.route('/', routes)`:
 * - only `allowedOrigin` may call from a browser (`403 ORIGIN_NOT_ALLOWED`); a request without
 *   `Origin` (curl, the platform delivering a webhook) is not a cross-origin call and passes;
 * - `hono/cors` for that origin, a preflight allowing the path's declared methods;
 * - `404 NOT_FOUND`, `405 METHOD_NOT_ALLOWED` with `allow`;
 * - an `HttpError` as its JSON `{ code, message, ...data }`, anything else a logged `500 INTERNAL`;
 * - every answer `cache-control: no-store` unless the route set its own, and `nosniff`.
 */
export function createBackendApp(options: BackendAppOptions): Hono {
  const app = new Hono();
  const methodsOf = routeMethods(app);

  app.onError((error, c) => {
    if (error instanceof HttpError) return error.getResponse();
    if (error instanceof HTTPException) return new HttpError(error.status, HONO_CODES[error.status] ?? 'HTTP_ERROR', error.message).getResponse();
    console.error(`${options.name}:`, error);
    return c.json({ code: 'INTERNAL', message: 'Something went wrong' }, 500);
  });
  app.notFound((c) => {
    const methods = methodsOf(c.req.path);
    if (methods.length === 0) return c.json({ code: 'NOT_FOUND', message: `No ${c.req.path} here` }, 404);
    return c.json({ code: 'METHOD_NOT_ALLOWED', message: `Use ${methods.join(' or ')}` }, 405, { allow: `${methods.join(', ')}, OPTIONS` });
  });

  app.use(async (c, next) => {
    await next();
    if (!c.res.headers.has('cache-control')) c.res.headers.set('cache-control', 'no-store');
    c.res.headers.set('x-content-type-options', 'nosniff');
  });
  app.use(async (c, next) => {
    const origin = c.req.header('origin');
    if (origin !== undefined && origin !== options.allowedOrigin) {
      return c.json({ code: 'ORIGIN_NOT_ALLOWED', message: 'This backend only answers its own mini-app' }, 403, { vary: 'Origin' });
    }
    // A preflight for a path that is not here is a 404, as the request itself would be.
    if (c.req.method === 'OPTIONS' && methodsOf(c.req.path).length === 0) return c.notFound();
    return next();
  });
  app.use(cors({
    origin: options.allowedOrigin,
    allowMethods: (_origin, c) => methodsOf(c.req.path),
    allowHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key'],
    maxAge: 600,
  }));
  return app;
}
