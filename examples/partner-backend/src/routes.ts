import type { IncomingMessage, ServerResponse } from 'node:http';
import { bearerToken } from './bearer-token.js';
import { answerPreflight, applyCors } from './cors.js';
import { hello, type Answer, type TokenSettings } from './hello.js';
import type { OrderStore } from './order-store.js';
import { notifyMe } from './notify.js';
import { createOrder, getOrder } from './orders.js';
import type { Access, PartnerAccess } from '@citadel/node';
import { BodyTooLarge, readRawBody } from './read-body.js';
import { sendJson } from './send-json.js';
import { receiveWebhook } from './webhooks.js';

/** The largest webhook body accepted, in bytes. */
const WEBHOOK_BODY_LIMIT = 64 * 1024;

/** What every route needs. */
export interface RouteContext {
  readonly allowedOrigin: string;
  readonly tokens: TokenSettings;
  readonly access: PartnerAccess;
  readonly store: OrderStore;
}

type Endpoint = { readonly method: 'GET' | 'POST'; readonly headers?: string; readonly run: (request: IncomingMessage) => Promise<Answer> | Answer };

/** The endpoints, by path: each answers one method. */
function endpointOf(pathname: string, context: RouteContext): Endpoint | undefined {
  const { access, store } = context;
  /** A payment endpoint answers 503 until the partner credentials are known. */
  const paying = (run: (a: Access, request: IncomingMessage) => Promise<Answer> | Answer) =>
    async (request: IncomingMessage): Promise<Answer> => {
      const current = await access.current();
      return current ? run(current, request) : { status: 503, body: { code: 'CREDENTIALS_MISSING', message: access.missing() }, headers: { 'retry-after': '1' } };
    };
  if (pathname === '/hello') return { method: 'GET', headers: 'Authorization', run: (r) => hello(bearerToken(r), context.tokens) };
  if (pathname === '/notify') return { method: 'POST', headers: 'Authorization', run: paying(({ citadel }, r) => notifyMe(bearerToken(r), context.tokens, citadel)) };
  if (pathname === '/orders') return { method: 'POST', run: paying(({ citadel }) => createOrder(citadel, store)) };
  const order = /^\/orders\/([\w-]{1,64})$/.exec(pathname);
  if (order) return { method: 'GET', run: paying(() => getOrder(store, order[1]!)) };
  if (pathname === '/webhooks') {
    return {
      method: 'POST',
      run: paying(async ({ webhookSecret }, r) => {
        try {
          return await receiveWebhook(webhookSecret, r.headers, await readRawBody(r, WEBHOOK_BODY_LIMIT), store);
        } catch (error) {
          if (error instanceof BodyTooLarge) return { status: 413, body: { code: 'PAYLOAD_TOO_LARGE', message: error.message } };
          throw error;
        }
      }),
    };
  }
  return undefined;
}

/** Answers one request: CORS, then the endpoint of its path and method. */
export async function route(request: IncomingMessage, response: ServerResponse, context: RouteContext): Promise<void> {
  response.setHeader('cache-control', 'no-store');
  response.setHeader('x-content-type-options', 'nosniff');
  if (!applyCors(request, response, context.allowedOrigin)) {
    return sendJson(response, 403, { code: 'ORIGIN_NOT_ALLOWED', message: 'This backend only answers its own mini-app' });
  }
  const { pathname } = new URL(request.url ?? '/', 'http://backend');
  const endpoint = endpointOf(pathname, context);
  if (!endpoint) return sendJson(response, 404, { code: 'NOT_FOUND', message: `No ${pathname} here` });
  if (request.method === 'OPTIONS') return answerPreflight(response, endpoint.method, endpoint.headers);
  if (request.method !== endpoint.method) {
    return sendJson(response, 405, { code: 'METHOD_NOT_ALLOWED', message: `Use ${endpoint.method}` }, { allow: `${endpoint.method}, OPTIONS` });
  }
  const answer = await endpoint.run(request);
  sendJson(response, answer.status, answer.body, answer.headers);
}
