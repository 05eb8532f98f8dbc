import { randomUUID } from 'node:crypto';
import { Hono } from 'hono';
import { alertRoutes as routes } from '@citadel/protocol/api';
import type { createSessions } from '../accounts/sessions.js';
import { parseCapAlert } from '../alerts/cap.js';
import type { City } from '../alerts/city.js';
import { createDeclaredWards } from '../alerts/declared-wards.js';
import { deliverActiveAlerts } from '../alerts/deliver-active.js';
import type { AlertDraft } from '../alerts/draft.js';
import { createAlerts } from '../alerts/publish.js';
import { createSharedLocations } from '../alerts/shared-location.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import type { PlatformEnv } from './env.js';
import { requireCitizen, requireRole } from './guards.js';
import { answer, jsonOf, paramsOf, queryOf } from './validate.js';


const noSuchAlert = () => new ApiError(404, 'NOT_FOUND', 'No such alert');


/**
 * Official alerts under `/api`: the public history (`GET /alerts`, `GET /alerts/:id`), the alerts
 * that reached the signed-in citizen (`GET /me/alerts`), the position they share for alerts
 * (`/me/location`), the city's wards (`GET /city`) and those they declare (`/me/wards`), and for the
 * authority role publishing (`POST /alerts`, `POST /alerts/cap`) and the expected reach (`POST /alerts/reach`).
 */
export function alertRoutes(deps: { db: Database; sessions: ReturnType<typeof createSessions>; city: City; queued: () => void }) {
  const api = new Hono<PlatformEnv>();
  const alerts = createAlerts(deps.db);
  const locations = createSharedLocations(deps.db);
  const declared = createDeclaredWards(deps.db, deps.city.wards);
  const signedIn = requireCitizen(deps.sessions);
  const authority = requireRole('authority');

  api.get(routes.alerts.path, queryOf(routes.alerts), async (c) => {
    c.header('Cache-Control', 'no-cache');
    const { before, active } = c.req.valid('query');
    return answer(c, routes.alerts, 200, { alerts: await alerts.history({ ...(before ? { before: new Date(before) } : {}), activeOnly: active === '1' }) });
  });
  api.get(routes.alert.path, paramsOf(routes.alert, noSuchAlert), async (c) => {
    const found = await alerts.get(c.req.valid('param').id);
    if (!found) throw noSuchAlert();
    return answer(c, routes.alert, 200, { alert: found });
  });
  api.get(routes.myAlerts.path, signedIn, async (c) => {
    c.header('Cache-Control', 'no-store');
    return answer(c, routes.myAlerts, 200, { alerts: await alerts.activeFor(c.get('citizen').id) });
  });

  const publish = async (draft: AlertDraft, citizenId: string) => {
    const result = await alerts.publish(draft, citizenId);
    if (!result.replayed) deps.queued();
    return result;
  };
  api.post(routes.publish.path, signedIn, authority, jsonOf(routes.publish), async (c) => {
    const key = c.req.valid('header').idempotencyKey;
    const body = c.req.valid('json');
    // With a key, a retried or double-submitted publish answers the first alert, as a re-imported CAP file does.
    const citizenId = c.get('citizen').id;
    const identifier = key === undefined ? `citadel:${randomUUID()}` : `citadel:${citizenId}:${key}`;
    const { alert, replayed } = await publish({ ...body, identifier, sentAt: new Date().toISOString() }, citizenId);
    if (replayed) c.header('Idempotent-Replayed', 'true');
    return answer(c, routes.publish, replayed ? 200 : 201, { alert });
  });
  api.post(routes.publishCap.path, signedIn, authority, async (c) => {
    const xml = await c.req.text();
    const parsed = parseCapAlert(xml, { cityGeocodes: deps.city.geocodes });
    if (!parsed.ok) {
      throw new ApiError(422, 'INVALID_CAP', `Not a publishable CAP 1.2 alert: ${parsed.issues[0]?.path ?? 'alert'}: ${parsed.issues[0]?.message ?? 'invalid'}`, { issues: parsed.issues.slice(0, 20) });
    }
    if (parsed.kind === 'cancel') return answer(c, routes.publishCap, 200, { withdrawn: await alerts.withdraw({ identifiers: parsed.references }) });
    const result = await alerts.publish(parsed.draft, c.get('citizen').id, new Date(), parsed.references);
    if (!result.replayed) deps.queued();
    if (result.replayed) c.header('Idempotent-Replayed', 'true');
    return answer(c, routes.publishCap, result.replayed ? 200 : 201, { alert: result.alert });
  });
  api.post(routes.reach.path, signedIn, authority, jsonOf(routes.reach), async (c) =>
    answer(c, routes.reach, 200, { reach: await alerts.reach(c.req.valid('json').area) }));
  api.post(routes.withdraw.path, signedIn, authority, paramsOf(routes.withdraw, noSuchAlert), async (c) => {
    const [withdrawn] = await alerts.withdraw({ ids: [c.req.valid('param').id] });
    const alert = withdrawn ?? await alerts.get(c.req.valid('param').id);
    if (!alert) throw noSuchAlert();
    return answer(c, routes.withdraw, 200, { alert });
  });

  api.get(routes.location.path, signedIn, async (c) => answer(c, routes.location, 200, { location: await locations.get(c.get('citizen').id) }));
  api.put(routes.shareLocation.path, signedIn, jsonOf(routes.shareLocation), async (c) => {
    const body = c.req.valid('json');
    const location = await locations.set(c.get('citizen').id, body.latitude, body.longitude);
    if ((await deliverActiveAlerts(deps.db, c.get('citizen').id)) > 0) deps.queued();
    return answer(c, routes.shareLocation, 200, { location });
  });
  api.get(routes.city.path, (c) => {
    c.header('Cache-Control', 'public, max-age=300');
    return answer(c, routes.city, 200, { city: { name: deps.city.name, wards: [...deps.city.wards] } });
  });
  api.get(routes.wards.path, signedIn, async (c) => answer(c, routes.wards, 200, { wards: await declared.get(c.get('citizen').id) }));
  api.put(routes.declareWards.path, signedIn, jsonOf(routes.declareWards), async (c) => {
    const wards = await declared.set(c.get('citizen').id, c.req.valid('json'));
    if ((await deliverActiveAlerts(deps.db, c.get('citizen').id)) > 0) deps.queued();
    return answer(c, routes.declareWards, 200, { wards });
  });
  api.delete(routes.unshareLocation.path, signedIn, async (c) => {
    await locations.clear(c.get('citizen').id);
    return c.body(null, 204);
  });
  return api;
}
