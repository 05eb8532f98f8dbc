import { Hono } from 'hono';
import { deleteCookie } from 'hono/cookie';
import { accountRoutes as routes } from '@citadel/protocol/api';
import { createHash } from 'node:crypto';
import type { createCitizens } from '../accounts/citizens.js';
import type { createSessions } from '../accounts/sessions.js';
import type { IdentityVerifier } from '../accounts/verification.js';
import type { AppRegistry } from '../app-registry.js';
import { ApiError } from '../errors.js';
import type { createIdentity } from '../identity/identity.js';
import type { PlatformEnv } from './env.js';
import { requireCitizen, sessionCookieName, sessionToken, surfaceOf } from './guards.js';
import { answer, jsonOf, paramsOf } from './validate.js';

/** What the citizen routes need. */
export interface CitizenRouteDeps {
  readonly citizens: ReturnType<typeof createCitizens>;
  readonly sessions: ReturnType<typeof createSessions>;
  readonly verifier: IdentityVerifier;
  readonly registry: AppRegistry;
  /** Lists the apps flagged `demo` in the catalogue (`GET /api/apps`). */
  readonly showDemoApps: boolean;
  readonly identity: ReturnType<typeof createIdentity>;
  readonly secureCookies: boolean;
  /** Called after a citizen's registered ward changed (active alerts for it reach them). Default: nothing. */
  readonly wardChanged?: (citizenId: string) => Promise<void>;
}

const noSuchApp = () => new ApiError(404, 'NOT_FOUND', 'No such app');
const noSuchSession = () => new ApiError(404, 'NOT_FOUND', 'No such session');

/** The citizen APIs under `/api` (sign-up and sign-in are `auth-routes.ts`): accounts, sessions, verification, identity grants and tokens, launch checks. */
export function citizenRoutes(deps: CitizenRouteDeps) {
  const { citizens, sessions } = deps;
  const signedIn = requireCitizen(sessions);
  const api = new Hono<PlatformEnv>();

  api.post(routes.signOut.path, signedIn, async (c) => {
    await sessions.revoke(c.get('citizen').id, c.get('sessionId'));
    deleteCookie(c, sessionCookieName(deps.secureCookies), { path: '/', secure: deps.secureCookies });
    return c.body(null, 204);
  });

  api.get(routes.me.path, signedIn, (c) => answer(c, routes.me, 200, { citizen: c.get('citizen') }));

  api.post(routes.verify.path, signedIn, jsonOf(routes.verify), async (c) => {
    const body = c.req.valid('json');
    const result = await deps.verifier.verify(body);
    if (!result) throw new ApiError(422, 'VERIFICATION_FAILED', 'The identity provider could not verify these details');
    // Only a digest of the identity number is kept: enough to stop one person verifying two accounts.
    const nationalIdDigest = createHash('sha256').update(`cccd:${body.nationalId}`).digest('base64url');
    try {
      const citizen = await citizens.setVerified(c.get('citizen').id, { ...result, nationalIdDigest });
      await deps.wardChanged?.(c.get('citizen').id);
      if (!citizen) throw new ApiError(401, 'UNAUTHENTICATED', 'Sign in first');
      return answer(c, routes.verify, 200, { citizen });
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw new ApiError(409, 'ALREADY_VERIFIED', 'This identity number already verified another account');
      throw error;
    }
  });

  api.get(routes.sessions.path, signedIn, async (c) => {
    const current = c.get('sessionId');
    const list = await sessions.list(c.get('citizen').id);
    return answer(c, routes.sessions, 200, { sessions: list.map((s) => ({ ...s, current: s.id === current })) });
  });

  api.delete(routes.endSession.path, signedIn, paramsOf(routes.endSession, noSuchSession), async (c) => {
    if (!(await sessions.revoke(c.get('citizen').id, c.req.valid('param').id))) throw noSuchSession();
    return c.body(null, 204);
  });

  api.get(routes.apps.path, async (c) => {
    c.header('Cache-Control', 'no-cache');
    return answer(c, routes.apps, 200, { apps: await deps.registry.list({ demo: deps.showDemoApps }) });
  });

  /** The kill switch: the host asks before every launch. */
  api.get(routes.launch.path, paramsOf(routes.launch, noSuchApp), async (c) => {
    c.header('Cache-Control', 'no-store');
    const { id } = c.req.valid('param');
    // A signed-in citizen gets the version their place in the app's rollout says (docs/publish-your-app.md).
    const token = sessionToken(c);
    const session = token ? await sessions.resolve(token, surfaceOf(c)) : undefined;
    const subject = session ? await deps.identity.subject(id, session.citizen.id) : undefined;
    const app = await deps.registry.forCitizen(id, subject);
    if (!app) throw noSuchApp();
    if (app.status !== 'active') throw new ApiError(403, 'APP_SUSPENDED', 'This service is suspended by the platform operator');
    return answer(c, routes.launch, 200, { manifest: app.manifest });
  });

  api.get(routes.identityGrant.path, signedIn, paramsOf(routes.identityGrant, noSuchApp), async (c) =>
    answer(c, routes.identityGrant, 200, await deps.identity.grant(c.get('citizen'), c.req.valid('param').appId)));

  api.put(routes.setIdentityGrant.path, signedIn, paramsOf(routes.setIdentityGrant, noSuchApp), jsonOf(routes.setIdentityGrant), async (c) =>
    answer(c, routes.setIdentityGrant, 200, await deps.identity.setGrant(c.get('citizen'), c.req.valid('param').appId, c.req.valid('json').claims)));

  api.post(routes.identityToken.path, signedIn, jsonOf(routes.identityToken), async (c) => {
    const body = c.req.valid('json');
    return answer(c, routes.identityToken, 200, { token: await deps.identity.token(c.get('citizen'), body.appId, body.nonce, body.claims ?? []) });
  });

  api.get(routes.identityProfile.path, signedIn, paramsOf(routes.identityProfile, noSuchApp), async (c) =>
    answer(c, routes.identityProfile, 200, { claims: await deps.identity.profile(c.get('citizen'), c.req.valid('param').appId) }));

  return api;
}
