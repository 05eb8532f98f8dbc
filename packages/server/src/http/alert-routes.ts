import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { Hono } from 'hono';
import * as z from 'zod/mini';
import type { Role } from '../accounts/citizens.js';
import type { createSessions } from '../accounts/sessions.js';
import { parseCapAlert, MAX_CAP_BYTES } from '../alerts/cap.js';
import { deliverActiveAlerts } from '../alerts/deliver-active.js';
import { AlertDraftShape, type AlertDraft } from '../alerts/draft.js';
import { createAlerts } from '../alerts/publish.js';
import { createSharedLocations } from '../alerts/shared-location.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { optionalIdempotencyKey } from '../payments/idempotency.js';
import { readJson } from './body.js';
import type { PlatformEnv } from './env.js';
import { requireCitizen } from './guards.js';

/** Largest body the alert-publishing routes accept: a CAP file or a console alert with polygons. */
export const MAX_ALERT_BODY_BYTES = MAX_CAP_BYTES;

/** What the authority console sends: a draft without the identifier, which the platform makes. */
const ConsoleAlert = z.omit(AlertDraftShape, { identifier: true, sentAt: true });

/** Refuses a citizen without `role` (403). Runs after `requireCitizen`. */
const requireRole = (role: Role): MiddlewareHandler<PlatformEnv> => async (c, next) => {
  if (!c.get('citizen').roles.includes(role)) throw new ApiError(403, 'FORBIDDEN', `Only an account with the ${role} role may do this`);
  await next();
};

/**
 * Official alerts under `/api`: the public history (`GET /alerts`, `GET /alerts/:id`), the alerts
 * that reached the signed-in citizen (`GET /me/alerts`), the position they share for alerts
 * (`/me/location`), and publishing for the authority role (`POST /alerts`, `POST /alerts/cap`).
 */
export function alertRoutes(deps: { db: Database; sessions: ReturnType<typeof createSessions>; queued: () => void }) {
  const api = new Hono<PlatformEnv>();
  const alerts = createAlerts(deps.db);
  const locations = createSharedLocations(deps.db);
  const signedIn = requireCitizen(deps.sessions);
  const authority = requireRole('authority');

  api.get('/alerts', async (c) => {
    c.header('Cache-Control', 'no-cache');
    const before = c.req.query('before');
    if (before !== undefined && Number.isNaN(Date.parse(before))) throw new ApiError(400, 'INVALID_PARAMS', 'before: must be an ISO time');
    return c.json({ alerts: await alerts.history({ ...(before ? { before: new Date(before) } : {}), activeOnly: c.req.query('active') === '1' }) });
  });
  api.get('/alerts/:id', async (c) => {
    const found = /^alr_[A-Za-z0-9_-]{10,40}$/.test(c.req.param('id')) ? await alerts.get(c.req.param('id')) : undefined;
    if (!found) throw new ApiError(404, 'NOT_FOUND', 'No such alert');
    return c.json({ alert: found });
  });
  api.get('/me/alerts', signedIn, async (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ alerts: await alerts.activeFor(c.get('citizen').id) });
  });

  const publish = async (draft: AlertDraft, citizenId: string) => {
    const result = await alerts.publish(draft, citizenId);
    if (!result.replayed) deps.queued();
    return result;
  };
  api.post('/alerts', signedIn, authority, async (c) => {
    const key = optionalIdempotencyKey(c);
    const body = await readJson(c, ConsoleAlert, MAX_ALERT_BODY_BYTES);
    // With a key, a retried or double-submitted publish answers the first alert, as a re-imported CAP file does.
    const citizenId = c.get('citizen').id;
    const identifier = key === undefined ? `citadel:${randomUUID()}` : `citadel:${citizenId}:${key}`;
    const { alert, replayed } = await publish({ ...body, identifier, sentAt: new Date().toISOString() }, citizenId);
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return c.json({ alert }, replayed ? 200 : 201);
  });
  api.post('/alerts/cap', signedIn, authority, async (c) => {
    const xml = await c.req.text();
    const parsed = parseCapAlert(xml);
    if (!parsed.ok) {
      throw new ApiError(422, 'INVALID_CAP', `Not a publishable CAP 1.2 alert: ${parsed.issues[0]?.path ?? 'alert'}: ${parsed.issues[0]?.message ?? 'invalid'}`, { issues: parsed.issues.slice(0, 20) });
    }
    if (parsed.kind === 'cancel') return c.json({ withdrawn: await alerts.withdraw({ identifiers: parsed.references }) });
    const result = await alerts.publish(parsed.draft, c.get('citizen').id, new Date(), parsed.references);
    if (!result.replayed) deps.queued();
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    return c.json({ alert: result.alert }, result.replayed ? 200 : 201);
  });
  api.post('/alerts/:id/withdraw', signedIn, authority, async (c) => {
    const id = c.req.param('id');
    const found = /^alr_[A-Za-z0-9_-]{10,40}$/.test(id) ? await alerts.get(id) : undefined;
    if (!found) throw new ApiError(404, 'NOT_FOUND', 'No such alert');
    await alerts.withdraw({ ids: [id] });
    return c.json({ alert: await alerts.get(id) });
  });

  api.get('/me/location', signedIn, async (c) => c.json({ location: await locations.get(c.get('citizen').id) }));
  api.put('/me/location', signedIn, async (c) => {
    const body = await readJson(c, z.strictObject({
      latitude: z.number().check(z.gte(-90), z.lte(90)), longitude: z.number().check(z.gte(-180), z.lte(180)),
    }));
    const location = await locations.set(c.get('citizen').id, body.latitude, body.longitude);
    if ((await deliverActiveAlerts(deps.db, c.get('citizen').id)) > 0) deps.queued();
    return c.json({ location });
  });
  api.delete('/me/location', signedIn, async (c) => {
    await locations.clear(c.get('citizen').id);
    return c.body(null, 204);
  });
  return api;
}
