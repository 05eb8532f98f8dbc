import { Hono } from 'hono';
import { passkeyRoutes as routes } from '@citadel/protocol/api';
import type { createCitizens } from '../accounts/citizens.js';
import type { createSessions } from '../accounts/sessions.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { assertionOptions, verifyAssertion } from '../passkeys/assertion.js';
import { addPasskey, registrationOptions } from '../passkeys/registration.js';
import type { RelyingParty } from '../passkeys/relying-party.js';
import type { PasskeyStore } from '../passkeys/store.js';
import type { PlatformEnv } from './env.js';
import { clientAddress, requireCitizen } from './guards.js';
import { startSession } from './session-cookie.js';
import { answer, jsonOf, paramsOf } from './validate.js';

/** What the passkey routes need. */
export interface PasskeyRouteDeps {
  readonly db: Database;
  readonly citizens: ReturnType<typeof createCitizens>;
  readonly sessions: ReturnType<typeof createSessions>;
  readonly passkeys: PasskeyStore;
  /** The relying party, from the host's origin (known once listening). */
  readonly rp: () => RelyingParty;
  readonly secureCookies: boolean;
  readonly trustProxy: boolean;
}

const noSuchPasskey = () => new ApiError(404, 'NOT_FOUND', 'No such passkey');

/** Passkeys under `/api`: the citizen's list, adding and removing one, and signing in with one. */
export function passkeyRoutes(deps: PasskeyRouteDeps) {
  const { db, passkeys } = deps;
  const signedIn = requireCitizen(deps.sessions);
  const api = new Hono<PlatformEnv>();

  api.get(routes.passkeys.path, signedIn, async (c) => answer(c, routes.passkeys, 200, { passkeys: await passkeys.list(c.get('citizen').id) }));

  // Options are spread into a plain object: the library's interfaces carry no index signature, which the contract's open `CeremonyOptions` asks for.
  api.post(routes.passkeyRegistrationOptions.path, signedIn, async (c) =>
    answer(c, routes.passkeyRegistrationOptions, 200, { options: { ...await registrationOptions(db, passkeys, deps.rp(), c.get('citizen')) } }));

  api.post(routes.addPasskey.path, signedIn, jsonOf(routes.addPasskey), async (c) => {
    const body = c.req.valid('json');
    const passkey = await addPasskey(db, passkeys, deps.rp(), { citizenId: c.get('citizen').id, name: body.name, credential: body.credential });
    return answer(c, routes.addPasskey, 201, { passkey });
  });

  api.delete(routes.removePasskey.path, signedIn, paramsOf(routes.removePasskey, noSuchPasskey), async (c) => {
    if (!(await passkeys.remove(c.get('citizen').id, c.req.valid('param').id))) throw noSuchPasskey();
    return c.body(null, 204);
  });

  api.post(routes.passkeySignInOptions.path, async (c) => {
    const binding = { purpose: 'sign-in', client: clientAddress(c, deps.trustProxy) } as const;
    return answer(c, routes.passkeySignInOptions, 200, { options: { ...await assertionOptions(db, passkeys, deps.rp(), binding) } });
  });

  api.post(routes.passkeySignIn.path, jsonOf(routes.passkeySignIn), async (c) => {
    const passkey = await verifyAssertion(db, passkeys, deps.rp(), c.req.valid('json').credential, { purpose: 'sign-in' });
    const citizen = await deps.citizens.byId(passkey.citizenId);
    if (!citizen) throw new ApiError(401, 'PASSKEY_UNKNOWN', 'This passkey is not registered with the platform');
    await startSession(c, deps.sessions, citizen.id, deps.secureCookies);
    return answer(c, routes.passkeySignIn, 200, { citizen });
  });

  return api;
}
