import type { IncomingMessage, ServerResponse } from 'node:http';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { resolve as resolveModule } from 'import-meta-resolve';
import { CliError } from '../cli-error.js';
import type { Throttle } from './throttle.js';

type Next = (error?: unknown) => void;

/** What `citadel dev` uses of Vite's `createServer`: written here, so any Vite a project has (5 and later) fits. */
interface ViteModule {
  createServer(config: Record<string, unknown>): Promise<ViteDevServer>;
}
interface ViteDevServer {
  listen(): Promise<unknown>;
  close(): Promise<void>;
  readonly httpServer: { address(): unknown } | null;
  readonly config: { readonly base: string };
}

/** The app's running dev server. */
export interface AppDevServer {
  /** Where the app's entry is served: `http://<app id>.apps.localhost:<port>` plus Vite's `base`. */
  readonly entry: string;
  /** Its origin. */
  readonly origin: string;
  close(): Promise<void>;
}

/** The project's own `vite`, resolved from its folder as its `npm run dev` would, never the CLI's copy. */
async function projectVite(dir: string): Promise<ViteModule> {
  let url: string;
  try {
    url = resolveModule('vite', pathToFileURL(join(dir, 'package.json')).href);
  } catch {
    throw new CliError('NO_VITE', `The project in ${dir} has no vite: npm install --save-dev vite`);
  }
  return (await import(url)) as ViteModule;
}

/**
 * Starts the project's Vite dev server (its `vite.config.*`, hot reload) on a free port of 127.0.0.1, answering for
 * `<app id>.apps.localhost` (another site than the simulator's `localhost`, as the runtime requires), each request
 * delayed by the throttle's delay.
 */
export async function startAppDevServer(dir: string, appId: string, throttle: Throttle): Promise<AppDevServer> {
  const vite = await projectVite(dir);
  const throttlePlugin = {
    name: 'citadel-dev-throttle',
    configureServer(server: { middlewares: { use(handler: (req: IncomingMessage, res: ServerResponse, next: Next) => void): void } }) {
      server.middlewares.use((_req, _res, next) => {
        const delay = throttle.delayMs;
        if (delay === 0) next();
        else setTimeout(() => next(), delay);
      });
    },
  };
  // Vite stops the process on SIGTERM (and on the end of stdin) once its own server closed, which would leave the
  // backend running: citadel dev stops everything itself, Vite included, so it takes back those two signals.
  const sigterm = process.listeners('SIGTERM');
  const stdinEnd = process.stdin.listeners('end');
  const server = await vite.createServer({
    root: dir,
    plugins: [throttlePlugin],
    server: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    clearScreen: false,
  });
  for (const listener of process.listeners('SIGTERM')) if (!sigterm.includes(listener)) process.off('SIGTERM', listener);
  for (const listener of process.stdin.listeners('end')) if (!stdinEnd.includes(listener)) process.stdin.off('end', listener as () => void);
  await server.listen();
  const address = server.httpServer?.address();
  if (typeof address !== 'object' || address === null || !('port' in address)) {
    await server.close();
    throw new CliError('NO_VITE', 'The project\'s vite did not listen on a port');
  }
  const origin = `http://${appId}.apps.localhost:${(address as { port: number }).port}`;
  return { origin, entry: `${origin}${server.config.base}`, close: () => server.close() };
}
