import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono, type Context } from 'hono';
import { createMemoryRegistry, validateManifests } from './app-registry.js';
import { jsonError } from './errors.js';
import { routeFor } from './host-routing.js';
import { createOrigins } from './origins.js';
import { appHeaders, hostHeaders } from './security-headers.js';
import { findStatic } from './static-files.js';

/** Options of `createPlatformServer`. */
export interface PlatformServerOptions {
  /** The built host PWA; `index.html` answers client-side routes. */
  readonly hostDir: string;
  /** Each hosted mini-app: its manifest (validated here) and its built static files. */
  readonly apps: ReadonlyArray<{ readonly manifest: unknown; readonly dir: string }>;
  /** Port to listen on; `0` picks a free one. Default 8080. */
  readonly port?: number;
  /** Address to listen on. Default `127.0.0.1`. */
  readonly hostname?: string;
  /** The host's name: host at `http://<publicHost>:<port>`, apps at `http://<id>.apps.<publicHost>:<port>`. Default `localhost`. */
  readonly publicHost?: string;
}

/** A running platform server. */
export interface ListeningServer {
  readonly url: string;
  readonly port: number;
  close(): Promise<void>;
}

/**
 * Creates the platform server: the host and every mini-app on its own origin, routed by the
 * `Host` header, each with its security headers, and the platform API under the host's `/api/`.
 */
export function createPlatformServer(options: PlatformServerOptions) {
  const apps = validateManifests(options.apps);
  const publicHost = options.publicHost ?? 'localhost';
  let port = options.port ?? 8080;
  const origins = createOrigins(publicHost, () => port);
  const registry = createMemoryRegistry(apps, origins);
  const appIds = apps.map((a) => a.manifest.id);

  const sendStatic = async (c: Context, dir: string, headers: Record<string, string>) => {
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    if (c.req.method !== 'GET' && c.req.method !== 'HEAD') return jsonError(c, 405, 'FORBIDDEN', 'Only GET and HEAD are served here');
    const file = await findStatic(dir, c.req.path);
    if (!file) return jsonError(c, 404, 'NOT_FOUND', 'No such file');
    c.header('Content-Type', file.contentType);
    c.header('Cache-Control', file.cacheControl);
    if (c.req.method === 'HEAD') return c.body(null);
    return c.body(new Uint8Array(file.body));
  };

  const app = new Hono();
  app.onError((_error, c) => jsonError(c, 500, 'INTERNAL', 'Internal error'));
  app.notFound((c) => jsonError(c, 404, 'NOT_FOUND', 'Not found'));

  app.all('*', async (c, next) => {
    const route = routeFor(c.req.header('host'), publicHost, port);
    if (!route) return jsonError(c, 421, 'MISDIRECTED', 'This server does not serve that host');
    if (route.kind === 'app') {
      const hosted = await registry.get(route.id);
      if (!hosted) return jsonError(c, 404, 'NOT_FOUND', 'No such app');
      return sendStatic(c, hosted.dir, appHeaders(origins.host));
    }
    const headers = hostHeaders(appIds.map((id) => origins.app(id)));
    for (const [name, value] of Object.entries(headers)) c.header(name, value);
    if (c.req.path === '/api' || c.req.path.startsWith('/api/')) return next();
    return sendStatic(c, options.hostDir, headers);
  });

  app.get('/api/health', (c) => c.json({ ok: true }));
  app.get('/api/apps', async (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.json({ apps: await registry.list() });
  });

  return {
    app,
    registry,
    origins,
    /** Starts listening; resolves with the real URL and port. */
    listen(): Promise<ListeningServer> {
      return new Promise((resolve, reject) => {
        const server = serve({ fetch: app.fetch, port, hostname: options.hostname ?? '127.0.0.1' }, (info: AddressInfo) => {
          port = info.port;
          resolve({
            url: `${origins.host}/`,
            port,
            close: () => new Promise<void>((done) => {
              server.close(() => done());
              (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
            }),
          });
        });
        server.once('error', reject);
      });
    },
  };
}
