import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { bearerToken } from './bearer-token.js';
import { answerPreflight, applyCors } from './cors.js';
import { hello, type TokenSettings } from './hello.js';
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
  /** The port to listen on; 0 picks a free one. Default: 8090. */
  readonly port?: number;
  /** The interface to listen on. Default: `127.0.0.1`. */
  readonly hostname?: string;
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

async function route(request: IncomingMessage, response: ServerResponse, options: PartnerBackendOptions, tokens: TokenSettings) {
  response.setHeader('cache-control', 'no-store');
  response.setHeader('x-content-type-options', 'nosniff');
  if (!applyCors(request, response, options.allowedOrigin)) {
    return sendJson(response, 403, { code: 'ORIGIN_NOT_ALLOWED', message: 'This backend only answers its own mini-app' });
  }
  const { pathname } = new URL(request.url ?? '/', 'http://backend');
  if (pathname !== '/hello') return sendJson(response, 404, { code: 'NOT_FOUND', message: `No ${pathname} here` });
  if (request.method === 'OPTIONS') return answerPreflight(response);
  if (request.method !== 'GET') {
    return sendJson(response, 405, { code: 'METHOD_NOT_ALLOWED', message: 'Use GET' }, { allow: 'GET, OPTIONS' });
  }
  const answer = await hello(bearerToken(request), tokens);
  sendJson(response, answer.status, answer.body, answer.headers);
}

/**
 * The kitchen-sink demo app's backend: `GET /hello` with `Authorization: Bearer <identity token>`
 * verifies the token and greets the citizen. Plain `node:http`, no framework.
 */
export function createPartnerBackend(options: PartnerBackendOptions): PartnerBackend {
  const tokens: TokenSettings = {
    issuer: options.citadelUrl,
    appId: options.appId,
    ...(options.jwksUrl === undefined ? {} : { jwksUrl: options.jwksUrl }),
  };
  const server = createServer((request, response) => {
    route(request, response, options, tokens).catch((error: unknown) => {
      console.error('partner-backend:', error);
      if (!response.headersSent) sendJson(response, 500, { code: 'INTERNAL', message: 'Something went wrong' });
      else response.destroy();
    });
  });
  return {
    listen: () =>
      new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(options.port ?? 8090, options.hostname ?? '127.0.0.1', () => {
          const { address, family, port } = server.address() as AddressInfo;
          const host = family === 'IPv6' ? `[${address}]` : address;
          resolve({
            url: `http://${host}:${port}`,
            close: () =>
              new Promise<void>((done) => {
                server.close(() => done());
                server.closeAllConnections();
              }),
          });
        });
      }),
  };
}
