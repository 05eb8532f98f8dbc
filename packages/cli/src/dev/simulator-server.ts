import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { CliError } from '../cli-error.js';
import { simulatorApi, type SimulatorApiOptions } from './simulator-api.js';

/** The simulator page's files, bundled at build time next to this module (`dist/simulator/`). */
const files = {
  '/': { file: 'index.html', type: 'text/html; charset=utf-8' },
  '/simulator.mjs': { file: 'simulator.mjs', type: 'text/javascript; charset=utf-8' },
} as const;

/** The listening simulator. */
export interface SimulatorServer {
  /** `http://localhost:<port>`. */
  readonly origin: string;
  close(): Promise<void>;
}

const listen = (app: Hono, port: number) => new Promise<{ port: number; close(): Promise<void> }>((resolve, reject) => {
  const node = serve({ fetch: app.fetch, port, hostname: '127.0.0.1' }, (info: AddressInfo) => resolve({
    port: info.port,
    close: () => new Promise<void>((done) => {
      node.close(() => done());
      (node as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
    }),
  }));
  node.once('error', (error: NodeJS.ErrnoException) => reject(error.code === 'EADDRINUSE'
    ? new CliError('PORT_IN_USE', `Port ${port} is in use: pass another with --port, or --port 0 for a free one`)
    : error));
});

/**
 * Serves the simulator page on `localhost:<port>` (0: a free port): the page, its bundle and its API. The page must
 * be opened as `localhost` (another site than the app's `<id>.apps.localhost`), so any other host name is
 * redirected there.
 */
export async function startSimulatorServer(port: number, api: Omit<SimulatorApiOptions, 'origin'>): Promise<SimulatorServer> {
  const app = new Hono();
  let origin = '';
  app.use('*', async (c, next) => {
    if (new URL(c.req.url).host !== new URL(origin).host) return c.redirect(`${origin}${new URL(c.req.url).pathname}`, 307);
    await next();
  });
  for (const [path, { file, type }] of Object.entries(files)) {
    app.get(path, async (c) => {
      const text = await readFile(new URL(`../simulator/${file}`, import.meta.url), 'utf8');
      return c.body(text, 200, { 'content-type': type, 'cache-control': 'no-store' });
    });
  }
  app.route('/__citadel', simulatorApi({ ...api, origin: () => origin }));
  const listening = await listen(app, port);
  origin = `http://localhost:${listening.port}`;
  return { origin, close: listening.close };
}
