import type { Hono } from 'hono';
import { PatternRouter } from 'hono/router/pattern-router';

const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'] as const;

/**
 * The methods `app` declares for a path, for `405 METHOD_NOT_ALLOWED`'s `allow` and a preflight's
 * `access-control-allow-methods`. Hono's router answers one method at a time, so the declared
 * routes are matched again here, once per method; rebuilt when routes were added since.
 */
export function routeMethods(app: Hono<any>): (path: string) => string[] {
  let built: { count: number; router: PatternRouter<string> } | undefined;
  return (path) => {
    if (built?.count !== app.routes.length) {
      const router = new PatternRouter<string>();
      for (const route of app.routes) if (route.method !== 'ALL') router.add(route.method, route.path, route.method);
      built = { count: app.routes.length, router };
    }
    const { router } = built;
    return METHODS.filter((method) => router.match(method, path)[0].length > 0);
  };
}
