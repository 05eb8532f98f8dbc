import type { IncomingMessage } from 'node:http';
import { citizenOf, ok, parse, readJson, requireAccess, type BackendParts, type Endpoint } from '@citadel-miniapp/backend-kit';
import { TourismError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { PLACES, placeById, TOILETS } from '../places/catalogue.js';
import { nearest } from '../places/geo.js';
import type { Reviews } from '../reviews/reviews.js';
import { gateOf, type GateKeys } from '../tickets/gates.js';
import type { TicketSigner } from '../tickets/ticket-code.js';
import type { Tickets } from '../tickets/tickets.js';
import { AdmitInput, BuyInput, NearQuery, ReviewInput } from '../validate.js';
import { receiveWebhook } from '../webhooks.js';

/** What every route needs. */
export interface RouteContext extends BackendParts {
  readonly tickets: Tickets;
  readonly reviews: Reviews;
  readonly signer: TicketSigner;
  readonly gates: GateKeys;
}

const known = (id: string) => {
  const place = placeById(id);
  if (!place) throw new TourismError(404, 'NOT_FOUND', 'No such place');
  return place;
};

/** The endpoints, by path. */
export function endpointOf(pathname: string, c: RouteContext): Endpoint | undefined {
  const citizen = (request: IncomingMessage) => citizenOf(request, c);

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
  if (pathname === '/gate/admit') {
    return { method: 'POST', run: async (r) => {
      const gate = gateOf(r, c.gates);
      const claim = c.signer.verify(parse(AdmitInput, await readJson(r, LIMITS.smallBody)).code);
      if (!claim) throw new TourismError(404, 'NOT_A_TICKET', 'This is not a ticket code of ours');
      return ok({ admitted: true, gate, ...(await c.tickets.admit(claim.reference, gate)) });
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
      const { citadel } = await requireAccess(c.access);
      return ok({ ticket: await c.tickets.buy(citadel, sub, input.placeId, input.quantity) }, 201);
    } };
  }
  const ticket = /^\/tickets\/(TK-[A-Za-z0-9_-]{8,40})$/.exec(pathname);
  if (ticket) {
    return { method: 'GET', run: async (r) => ok({ ticket: await c.tickets.get(await citizen(r), ticket[1]!) }) };
  }
  if (pathname === '/webhooks') {
    return { method: 'POST', run: (r) => receiveWebhook(r, c.access, c.tickets) };
  }
  return undefined;
}
