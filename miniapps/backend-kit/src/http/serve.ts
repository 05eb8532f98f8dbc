import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { isHttpError } from '../http-error.js';
import type { Answer, Endpoint } from './answer.js';
import { answerPreflight, applyCors } from './cors.js';

/** Options of `serveBackend`. */
export interface ServeOptions {
  /** Names the backend in logs, such as `tourism-backend`. */
  readonly name: string;
  /** The one browser origin allowed to call (the mini-app's own). */
  readonly allowedOrigin: string;
  /** The endpoint of a path, or undefined for a 404. */
  readonly endpointOf: (pathname: string) => Endpoint | undefined;
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

function send(response: ServerResponse, answer: Answer): void {
  if (answer.body instanceof Uint8Array) return void response.writeHead(answer.status, { ...answer.headers }).end(answer.body);
  response.writeHead(answer.status, { ...answer.headers, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(answer.body));
}

/** Answers one request: CORS, then the endpoint of its path and method; a refusal is `{ code, message, …data }`. */
async function answer(request: IncomingMessage, response: ServerResponse, options: ServeOptions): Promise<void> {
  response.setHeader('cache-control', 'no-store');
  response.setHeader('x-content-type-options', 'nosniff');
  if (!applyCors(request, response, options.allowedOrigin)) {
    return send(response, { status: 403, body: { code: 'ORIGIN_NOT_ALLOWED', message: 'This backend only answers its own mini-app' } });
  }
  const url = new URL(request.url ?? '/', 'http://backend');
  const endpoint = options.endpointOf(url.pathname);
  if (!endpoint) return send(response, { status: 404, body: { code: 'NOT_FOUND', message: `No ${url.pathname} here` } });
  if (request.method === 'OPTIONS') return answerPreflight(response, endpoint.method);
  if (request.method !== endpoint.method) {
    return send(response, { status: 405, body: { code: 'METHOD_NOT_ALLOWED', message: `Use ${endpoint.method}` }, headers: { allow: `${endpoint.method}, OPTIONS` } });
  }
  try {
    send(response, await endpoint.run(request, url));
  } catch (error) {
    if (!isHttpError(error)) throw error;
    send(response, { status: error.status, body: error.toJSON(), headers: error.headers });
  }
}

/**
 * Serves `endpointOf` with plain `node:http`: only the app's origin may call from a browser,
 * every answer is JSON (bytes as they are, with the endpoint's `content-type`) and uncached unless it says otherwise, an unexpected error is a logged `500 INTERNAL`.
 */
export async function serveBackend(options: ServeOptions): Promise<ListeningHttp> {
  const server = createServer((request, response) => {
    answer(request, response, options).catch((error: unknown) => {
      console.error(`${options.name}:`, error);
      if (!response.headersSent) send(response, { status: 500, body: { code: 'INTERNAL', message: 'Something went wrong' } });
      else response.destroy();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.hostname ?? '127.0.0.1', () => resolve());
  });
  const { address, port } = server.address() as AddressInfo;
  return {
    url: `http://${address}:${port}`,
    close: () => new Promise<void>((done, fail) => {
      server.close(() => void Promise.resolve(options.onClose?.()).then(() => done(), fail));
      server.closeAllConnections();
    }),
  };
}
