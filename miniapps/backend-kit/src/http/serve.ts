import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { connectionOptions, defaultConnectionLimits } from '@citadel/node';
import type { Hono } from 'hono';

/** Options of `serveBackend`. */
export interface ServeOptions {
  /** 0 picks a free port. */
  readonly port: number;
  /** Default `127.0.0.1`. */
  readonly hostname?: string;
  /** Runs after the server stopped listening, such as closing the database. */
  readonly onClose?: () => Promise<void> | void;
}

/** A listening backend. */
export interface ListeningHttp {
  /** `http://<address>:<port>`. */
  readonly url: string;
  close(): Promise<void>;
}

/**
 * Serves `app` (`createBackendApp`) on Node with `@hono/node-server` until `close()`, with the
 * platform's connection limits (`@citadel/node`'s `defaultConnectionLimits`): headers within 10 s,
 * a request within 30 s, idle keep-alive 5 s.
 */
export function serveBackend(app: Hono, options: ServeOptions): Promise<ListeningHttp> {
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port, hostname: options.hostname ?? '127.0.0.1', serverOptions: connectionOptions(defaultConnectionLimits) }, (info: AddressInfo) => {
      server.off('error', reject);
      resolve({
        url: `http://${info.address}:${info.port}`,
        close: () => new Promise<void>((done, fail) => {
          server.close(() => void Promise.resolve(options.onClose?.()).then(() => done(), fail));
          (server as { closeAllConnections?: () => void }).closeAllConnections?.();
        }),
      });
    });
    server.once('error', reject);
  });
}
