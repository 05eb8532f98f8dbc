import type { IncomingMessage, ServerResponse } from 'node:http';
import type { PartnerAccess } from '@citadel/node';
import { TourismError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { PLACES, placeById, TOILETS } from '../places/catalogue.js';
import { nearest } from '../places/geo.js';
import type { Reviews } from '../reviews/reviews.js';
import type { TicketSigner } from '../tickets/ticket-code.js';
import type { Tickets } from '../tickets/tickets.js';
import { BuyInput, NearQuery, parse, ReviewInput } from '../validate.js';
import { receiveWebhook, type Answer } from '../webhooks.js';
import { authenticate, type TokenSettings } from './authenticate.js';
import { readJson, readRawBody } from './body.js';
import { answerPreflight, applyCors } from './cors.js';
import type { Nonces } from './nonces.js';

/** What every route needs. */
export interface RouteContext {
  readonly allowedOrigin: string;
  readonly tokens: TokenSettings;
  readonly nonces: Nonces;
  readonly access: PartnerAccess;
  readonly tickets: Tickets;
  readonly reviews: Reviews;
  readonly signer: TicketSigner;
}

type Method = 'GET' | 'POST';
interface Endpoint { readonly method: Method; readonly run: (request: IncomingMessage, url: URL) => Promise<Answer> }

const ok = (body: unknown, status = 200): Answer => ({ status, body });
const known = (id: string) => {
  const place = placeById(id);
  if (!place) throw new TourismError(404, 'NOT_FOUND', 'No such place');
  return place;
};

/** The endpoints, by path. */
function endpointOf(pathname: string, c: RouteContext): Endpoint | undefined {
  const citizen = (request: IncomingMessage) => authenticate(request, c.tokens, c.nonces);

  if (pathname === '/auth/nonce') return { method: 'POST', run: async () => ok({ nonce: await c.nonces.issue() }, 201) };
  if (pathname === '/public/places') {
    return { method: 'GET', run: async () => {
      const ratings = await c.reviews.averages();
      return ok({ places: PLACES.map((p) => ({ ...p, rating: ratings[p.id] ?? null })) });
    } };
  }
  if (pathname === '/public/toilets') return { method: 'GET', run: async () => ok({ toilets: TOILETS }) };
  if (pathname === '/public/near') {
    return { method: 'GET', run: async (_r, url) => {
      const q = parse(NearQuery, Object.fromEntries(url.searchParams));
      const from = { latitude: q.lat, longitude: q.lon };
      return ok({ places: nearest(PLACES, from, q.limit), toilets: nearest(TOILETS, from, q.limit) });
    } };
  }
  const place = /^\/public\/places\/([a-z0-9-]{1,60})$/.exec(pathname);
  if (place) {
    return { method: 'GET', run: async () => {
      const found = known(place[1]!);
      return ok({ place: found, reviews: await c.reviews.of(found.id) });
    } };
  }
  if (pathname === '/public/tickets/check') {
    return { method: 'GET', run: async (_r, url) => {
      const claim = c.signer.verify(url.searchParams.get('code') ?? '');
      const paid = claim && (await c.tickets.check(claim.reference));
      return ok(paid ? { valid: true, ...paid } : { valid: false });
    } };
  }
  const review = /^\/places\/([a-z0-9-]{1,60})\/reviews$/.exec(pathname);
  if (review) {
    return { method: 'POST', run: async (r) => {
      const sub = await citizen(r);
      const input = parse(ReviewInput, await readJson(r, LIMITS.smallBody));
      const found = known(review[1]!);
      return ok({ review: await c.reviews.add(found.id, sub, input.stars, input.comment) }, 201);
    } };
  }
  const mine = /^\/places\/([a-z0-9-]{1,60})\/my-review$/.exec(pathname);
  if (mine) {
    return { method: 'GET', run: async (r) => ok({ review: await c.reviews.mine(known(mine[1]!).id, await citizen(r)) }) };
  }
  if (pathname === '/tickets') {
    return { method: 'GET', run: async (r) => ok({ tickets: await c.tickets.mine(await citizen(r)) }) };
  }
  if (pathname === '/tickets/new') {
    return { method: 'POST', run: async (r) => {
      const sub = await citizen(r);
      const input = parse(BuyInput, await readJson(r, LIMITS.smallBody));
      const access = await c.access.current();
      if (!access) return { status: 503, body: { code: 'CREDENTIALS_MISSING', message: 'Not connected to the platform yet' }, headers: { 'retry-after': '1' } };
      return ok({ ticket: await c.tickets.buy(access.citadel, sub, input.placeId, input.quantity) }, 201);
    } };
  }
  const ticket = /^\/tickets\/(TK-[A-Za-z0-9_-]{8,40})$/.exec(pathname);
  if (ticket) {
    return { method: 'GET', run: async (r) => ok({ ticket: await c.tickets.get(await citizen(r), ticket[1]!) }) };
  }
  if (pathname === '/webhooks') {
    return { method: 'POST', run: async (r) => {
      const access = await c.access.current();
      if (!access) return { status: 503, body: { code: 'CREDENTIALS_MISSING', message: 'No webhook secret yet' }, headers: { 'retry-after': '1' } };
      return receiveWebhook(c.tickets, access.webhookSecret, r.headers, await readRawBody(r, 64 * 1024));
    } };
  }
  return undefined;
}

function send(response: ServerResponse, answer: Answer) {
  response.writeHead(answer.status, { ...answer.headers, 'content-type': 'application/json; charset=utf-8' }).end(JSON.stringify(answer.body));
}

/** Answers one request: CORS, then the endpoint of its path and method; a refusal is `{ code, message, …limit }`. */
export async function route(request: IncomingMessage, response: ServerResponse, context: RouteContext): Promise<void> {
  response.setHeader('cache-control', 'no-store');
  response.setHeader('x-content-type-options', 'nosniff');
  if (!applyCors(request, response, context.allowedOrigin)) {
    return send(response, { status: 403, body: { code: 'ORIGIN_NOT_ALLOWED', message: 'This backend only answers its own mini-app' } });
  }
  const url = new URL(request.url ?? '/', 'http://backend');
  const endpoint = endpointOf(url.pathname, context);
  if (!endpoint) return send(response, { status: 404, body: { code: 'NOT_FOUND', message: `No ${url.pathname} here` } });
  if (request.method === 'OPTIONS') return answerPreflight(response, endpoint.method);
  if (request.method !== endpoint.method) {
    return send(response, { status: 405, body: { code: 'METHOD_NOT_ALLOWED', message: `Use ${endpoint.method}` }, headers: { allow: `${endpoint.method}, OPTIONS` } });
  }
  try {
    send(response, await endpoint.run(request, url));
  } catch (error) {
    if (error instanceof TourismError) return send(response, { status: error.status, body: error.toJSON() });
    const refused = error as { name?: string; status?: number; code?: string; message?: string };
    if (refused.name === 'TokenRefused') {
      return send(response, { status: refused.status!, body: { code: refused.code, message: refused.message }, headers: { 'www-authenticate': 'Bearer error="invalid_token"' } });
    }
    throw error;
  }
}
