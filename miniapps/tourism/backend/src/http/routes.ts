import { citizen, idempotent, jsonBody, queryOf, requireAccess, verifiedWebhook, type BackendParts } from '@citadel-miniapp/backend-kit';
import { Hono } from 'hono';
import { createMiddleware } from 'hono/factory';
import type * as z from 'zod';
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

const PLACE = ':id{[a-z0-9-]{1,60}}';

const known = (id: string) => {
  const place = placeById(id);
  if (!place) throw new TourismError(404, 'NOT_FOUND', 'No such place');
  return place;
};

/** The routes: public ones under `/public/`, the gate's, the citizen's own, and the platform's webhook. */
export function tourismRoutes(ctx: RouteContext): Hono {
  const signedIn = citizen(ctx);
  const small = <S extends z.ZodType>(schema: S) => jsonBody(schema, LIMITS.smallBody);
  // The gate is checked before its body is read.
  const atGate = createMiddleware<{ Variables: { gate: string } }>(async (c, next) => {
    c.set('gate', gateOf(c.req.header('authorization'), ctx.gates));
    await next();
  });
  return new Hono()
    .get('/public/places', async (c) => {
      const ratings = await ctx.reviews.averages();
      return c.json({ places: PLACES.map((p) => ({ ...p, rating: ratings[p.id] ?? null })) });
    })
    .get('/public/toilets', (c) => c.json({ toilets: TOILETS }))
    .get('/public/near', queryOf(NearQuery), (c) => {
      const q = c.req.valid('query');
      const from = { latitude: q.lat, longitude: q.lon };
      return c.json({ places: nearest(PLACES, from, q.limit), toilets: nearest(TOILETS, from, q.limit) });
    })
    .get(`/public/places/${PLACE}`, async (c) => {
      const found = known(c.req.param('id'));
      return c.json({ place: found, reviews: await ctx.reviews.of(found.id) });
    })
    .get('/public/tickets/check', async (c) => {
      const claim = ctx.signer.verify(c.req.query('code') ?? '');
      const paid = claim && (await ctx.tickets.check(claim.reference));
      return c.json(paid ? { valid: true, ...paid } : { valid: false });
    })
    .post('/gate/admit', atGate, small(AdmitInput), async (c) => {
      const claim = ctx.signer.verify(c.req.valid('json').code);
      if (!claim) throw new TourismError(404, 'NOT_A_TICKET', 'This is not a ticket code of ours');
      return c.json({ admitted: true, gate: c.var.gate, ...(await ctx.tickets.admit(claim.reference, c.var.gate)) });
    })
    .post(`/places/${PLACE}/reviews`, signedIn, small(ReviewInput), async (c) => {
      const input = c.req.valid('json');
      const found = known(c.req.param('id'));
      return c.json({ review: await ctx.reviews.add(found.id, c.var.sub, input.stars, input.comment) }, 201);
    })
    .get(`/places/${PLACE}/my-review`, signedIn, async (c) => c.json({ review: await ctx.reviews.mine(known(c.req.param('id')).id, c.var.sub) }))
    .get('/tickets', signedIn, async (c) => c.json({ tickets: await ctx.tickets.mine(c.var.sub) }))
    .post('/tickets', signedIn, small(BuyInput), idempotent(ctx.db, { now: ctx.now }), async (c) => {
      const input = c.req.valid('json');
      const { citadel } = await requireAccess(ctx.access);
      return c.json({ ticket: await ctx.tickets.buy(citadel, c.var.sub, input.placeId, input.quantity) }, 201);
    })
    .get('/tickets/:reference{TK-[A-Za-z0-9_-]{8,40}}', signedIn, async (c) => c.json({ ticket: await ctx.tickets.get(c.var.sub, c.req.param('reference')) }))
    .post('/webhooks', verifiedWebhook(ctx.access), async (c) => c.json(await receiveWebhook(c.var.event, ctx.tickets)));
}
