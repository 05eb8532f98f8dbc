import { Hono } from 'hono';
import { accountRoutes as routes } from '@citadel/protocol/api';
import type { createPhoneCodes } from '../accounts/phone-codes.js';
import type { createSessions } from '../accounts/sessions.js';
import type { createPins } from '../payments/pins.js';
import type { PlatformEnv } from './env.js';
import { requireCitizen } from './guards.js';
import { answer, jsonOf } from './validate.js';

/** What the PIN routes need. */
export interface PinRouteDeps {
  readonly sessions: ReturnType<typeof createSessions>;
  readonly codes: ReturnType<typeof createPhoneCodes>;
  readonly pins: ReturnType<typeof createPins>;
}

/** The payment PIN under `/api/me/pin`: its state and anti-phishing words; set or reset only after a `pin` code. */
export function pinRoutes(deps: PinRouteDeps) {
  const api = new Hono<PlatformEnv>();
  api.use(routes.pin.path, requireCitizen(deps.sessions));
  api.get(routes.pin.path, async (c) => answer(c, routes.pin, 200, await deps.pins.status(c.get('citizen').id)));
  api.put(routes.setPin.path, jsonOf(routes.setPin), async (c) => {
    const body = c.req.valid('json');
    const citizen = c.get('citizen');
    await deps.codes.confirm(citizen.phone, 'pin', body.code);
    return answer(c, routes.setPin, 200, await deps.pins.set(citizen.id, body.pin, body.words));
  });
  return api;
}
