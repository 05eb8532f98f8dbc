import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import type { ServerEnv } from './env.js';
import { sessionRoute } from './session.js';
import { webhookRoute } from './webhooks.js';

/** The largest request body read, in bytes: a sign-in and a webhook are far smaller. */
const MAX_BODY_BYTES = 64 * 1024;

/** The backend's routes: `POST /api/session`, `POST /webhooks` and `GET /health`. */
export function createServer(env: ServerEnv): Hono {
  const app = new Hono();
  // Only the mini-app's own pages may call the API from a browser.
  app.use('/api/*', cors({ origin: env.appOrigin, allowMethods: ['POST'], allowHeaders: ['content-type'] }));
  app.use('*', bodyLimit({
    maxSize: MAX_BODY_BYTES,
    onError: (c) => c.json({ code: 'BODY_TOO_LARGE', message: `A request body may hold at most ${MAX_BODY_BYTES} bytes`, limit: MAX_BODY_BYTES }, 413),
  }));
  app.get('/health', (c) => c.json({ ok: true }));
  app.post('/api/session', sessionRoute(env));
  app.post('/webhooks', webhookRoute(env));
  return app;
}
