import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TokenSettings } from './hello.js';
import { createOrderStore } from './order-store.js';
import { createPartnerAccess, type PartnerCredentials, type WaitOptions } from '@citadel/node';
import { route } from './routes.js';
import { sendJson } from './send-json.js';

/** Options of `createPartnerBackend`. */
export interface PartnerBackendOptions {
  /** The Citadel platform origin, the issuer of identity tokens. Required, such as `http://localhost:8080`. */
  readonly citadelUrl: string;
  /** The mini-app's id, the `aud` of its tokens. Required, such as `kitchen-sink`. */
  readonly appId: string;
  /** The one browser origin allowed to call (the mini-app's). Required, such as `http://kitchen-sink.apps.localhost:8080`. */
  readonly allowedOrigin: string;
  /** Where the platform's keys are. Default: `<citadelUrl>/.well-known/jwks.json`. */
  readonly jwksUrl?: string;
  /** The port to listen on (`npm start` gives this one 8090, from scripts/lib/demo-ports.mjs). Default 0: a free one. */
  readonly port?: number;
  /** The interface to listen on. Default: `127.0.0.1`. */
  readonly hostname?: string;
  /** The app's partner credentials and webhook secret, known at once. Default: none (see `credentialsFile`). */
  readonly credentials?: PartnerCredentials;
  /**
   * A JSON file `{ clientId, clientSecret, webhookSecret }` to wait for when `credentials` is not
   * given (`npm start` has the platform write it). Until it is read, the payment endpoints answer
   * `503 CREDENTIALS_MISSING`; `/hello` works without it. Default: none.
   */
  readonly credentialsFile?: string;
  /** How to wait for `credentialsFile`. Default: every 500 ms for up to 60 s. */
  readonly credentialsWait?: Omit<WaitOptions, 'signal'>;
}

/** A backend that is listening. */
export interface ListeningBackend {
  /** Such as `http://127.0.0.1:8090`. */
  readonly url: string;
  close(): Promise<void>;
}

/** The example backend, not yet listening. */
export interface PartnerBackend {
  listen(): Promise<ListeningBackend>;
}

/**
 * The kitchen-sink demo app's backend. Plain `node:http`, no framework.
 *
 * - `GET /hello` with `Authorization: Bearer <identity token>` verifies the token and greets the citizen.
 * - `POST /orders` creates a 25 000 ₫ order on the platform (amount and description set here).
 * - `GET /orders/:id`: the order as this backend sees it, `paid` only once the webhook said so.
 * - `POST /webhooks`: the platform's signed events, checked against this backend's orders.
 */
export function createPartnerBackend(options: PartnerBackendOptions): PartnerBackend {
  const tokens: TokenSettings = {
    issuer: options.citadelUrl,
    appId: options.appId,
    ...(options.jwksUrl === undefined ? {} : { jwksUrl: options.jwksUrl }),
  };
  const access = createPartnerAccess({
    platformUrl: options.citadelUrl,
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
    ...(options.credentialsFile === undefined ? {} : { credentialsFile: options.credentialsFile }),
    ...(options.credentialsWait === undefined ? {} : { wait: options.credentialsWait }),
  });
  const context = { allowedOrigin: options.allowedOrigin, tokens, access, store: createOrderStore() };
  const server = createServer((request, response) => {
    route(request, response, context).catch((error: unknown) => {
      console.error('partner-backend:', error);
      if (!response.headersSent) sendJson(response, 500, { code: 'INTERNAL', message: 'Something went wrong' });
      else response.destroy();
    });
  });
  return {
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 0, options.hostname ?? '127.0.0.1', () => {
          const { address, family, port } = server.address() as AddressInfo;
          const host = family === 'IPv6' ? `[${address}]` : address;
          resolve({
            url: `http://${host}:${port}`,
            close: () =>
              new Promise<void>((done) => {
                access.close();
                server.close(() => done());
                server.closeAllConnections();
              }),
          });
        });
      }),
  };
}
