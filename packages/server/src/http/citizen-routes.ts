import { Hono } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import * as z from 'zod/mini';
import { AppId, IdentityClaim } from '@citadel/protocol';
import { createHash } from 'node:crypto';
import type { createCitizens } from '../accounts/citizens.js';
import { decoyHash, hashPassword, verifyPassword } from '../accounts/password.js';
import { normalizePhone } from '../accounts/phone.js';
import { SESSION_DAYS, type createSessions } from '../accounts/sessions.js';
import type { createThrottle } from '../accounts/throttle.js';
import type { IdentityVerifier } from '../accounts/verification.js';
import type { AppRegistry } from '../app-registry.js';
import { ApiError } from '../errors.js';
import type { createIdentity } from '../identity/identity.js';
import { readJson } from './body.js';
import type { PlatformEnv } from './env.js';
import { clientAddress, requireCitizen, SESSION_COOKIE } from './guards.js';

/** What the citizen routes need. */
export interface CitizenRouteDeps {
  readonly citizens: ReturnType<typeof createCitizens>;
  readonly sessions: ReturnType<typeof createSessions>;
  readonly throttle: ReturnType<typeof createThrottle>;
  readonly verifier: IdentityVerifier;
  readonly registry: AppRegistry;
  readonly identity: ReturnType<typeof createIdentity>;
  readonly secureCookies: boolean;
  readonly trustProxy: boolean;
  /** Called after a citizen's registered ward changed (active alerts for it reach them). Default: nothing. */
  readonly wardChanged?: (citizenId: string) => Promise<void>;
}

const Phone = z.string().check(z.minLength(1), z.maxLength(32));
const Password = z.string().check(z.minLength(8, 'must be at least 8 characters'), z.maxLength(128, 'must be at most 128 characters'));
const Name = z.string().check(z.trim(), z.minLength(1), z.maxLength(80));
const Day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/), z.refine((v) => !Number.isNaN(Date.parse(v)) && Date.parse(v) < Date.now(), 'must be a past date'));
const Claims = z.array(IdentityClaim).check(z.maxLength(4));

/** The citizen APIs under `/api`: accounts, sessions, verification, identity grants and tokens, launch checks. */
export function citizenRoutes(deps: CitizenRouteDeps) {
  const { citizens, sessions, throttle } = deps;
  const signedIn = requireCitizen(sessions);
  const api = new Hono<PlatformEnv>();

  const startSession = async (c: Parameters<typeof setCookie>[0], citizenId: string) => {
    const { token } = await sessions.start(citizenId, c.req.header('user-agent') ?? '');
    setCookie(c, SESSION_COOKIE, token, {
      httpOnly: true, sameSite: 'Strict', path: '/', secure: deps.secureCookies, maxAge: SESSION_DAYS * 86_400,
    });
  };
  const phoneOf = (input: string) => {
    const phone = normalizePhone(input);
    if (!phone) throw new ApiError(400, 'INVALID_PARAMS', 'phone: not a Vietnamese mobile number', { issues: [{ path: 'phone', message: 'not a Vietnamese mobile number' }] });
    return phone;
  };

  api.post('/auth/register', async (c) => {
    const body = await readJson(c, z.strictObject({ phone: Phone, password: Password, name: Name }));
    const phone = phoneOf(body.phone);
    const citizen = await citizens.create({ phone, name: body.name, passwordHash: await hashPassword(body.password) });
    if (!citizen) throw new ApiError(409, 'PHONE_TAKEN', 'An account already uses this phone number');
    await startSession(c, citizen.id);
    return c.json({ citizen }, 201);
  });

  api.post('/auth/signin', async (c) => {
    const body = await readJson(c, z.strictObject({ phone: Phone, password: z.string().check(z.maxLength(128)) }));
    const phone = phoneOf(body.phone);
    const ip = clientAddress(c, deps.trustProxy);
    await throttle.check(phone, ip);
    const found = await citizens.credentialsByPhone(phone);
    // An unknown phone costs the same hash as a known one: timing does not reveal accounts.
    const ok = await verifyPassword(body.password, found?.passwordHash ?? await decoyHash());
    if (!found || !ok) {
      await throttle.fail(phone, ip);
      throw new ApiError(401, 'INVALID_CREDENTIALS', 'Wrong phone number or password');
    }
    await throttle.succeed(phone);
    await startSession(c, found.citizen.id);
    return c.json({ citizen: found.citizen });
  });

  api.post('/auth/signout', signedIn, async (c) => {
    await sessions.revoke(c.get('citizen').id, c.get('sessionId'));
    deleteCookie(c, SESSION_COOKIE, { path: '/', secure: deps.secureCookies });
    return c.body(null, 204);
  });

  api.get('/me', signedIn, (c) => c.json({ citizen: c.get('citizen') }));

  api.post('/me/verification', signedIn, async (c) => {
    const body = await readJson(c, z.strictObject({
      nationalId: z.string().check(z.regex(/^\d{12}$/, 'must be 12 digits')), fullName: Name, dateOfBirth: Day, ward: Name,
    }));
    const result = await deps.verifier.verify(body);
    if (!result) throw new ApiError(422, 'VERIFICATION_FAILED', 'The identity provider could not verify these details');
    // Only a digest of the identity number is kept: enough to stop one person verifying two accounts.
    const nationalIdDigest = createHash('sha256').update(`cccd:${body.nationalId}`).digest('base64url');
    try {
      const citizen = await citizens.setVerified(c.get('citizen').id, { ...result, nationalIdDigest });
      await deps.wardChanged?.(c.get('citizen').id);
      return c.json({ citizen });
    } catch (error) {
      if ((error as { code?: string }).code === '23505') throw new ApiError(409, 'ALREADY_VERIFIED', 'This identity number already verified another account');
      throw error;
    }
  });

  api.get('/sessions', signedIn, async (c) => {
    const current = c.get('sessionId');
    const list = await sessions.list(c.get('citizen').id);
    return c.json({ sessions: list.map((s) => ({ ...s, current: s.id === current })) });
  });

  api.delete('/sessions/:id', signedIn, async (c) => {
    const id = c.req.param('id');
    if (!/^[0-9a-f-]{36}$/.test(id) || !(await sessions.revoke(c.get('citizen').id, id))) {
      throw new ApiError(404, 'NOT_FOUND', 'No such session');
    }
    return c.body(null, 204);
  });

  api.get('/apps', async (c) => {
    c.header('Cache-Control', 'no-cache');
    return c.json({ apps: await deps.registry.list() });
  });

  /** The kill switch: the host asks before every launch. */
  api.get('/apps/:id/launch', async (c) => {
    c.header('Cache-Control', 'no-store');
    const app = await deps.registry.get(c.req.param('id'));
    if (!app) throw new ApiError(404, 'NOT_FOUND', 'No such app');
    if (app.status !== 'active') throw new ApiError(403, 'APP_SUSPENDED', 'This service is suspended by the platform operator');
    return c.json({ manifest: app.manifest });
  });

  const appParam = (id: string) => {
    if (!AppId.safeParse(id).success) throw new ApiError(404, 'NOT_FOUND', 'No such app');
    return id;
  };

  api.get('/identity/grants/:appId', signedIn, async (c) =>
    c.json(await deps.identity.grant(c.get('citizen'), appParam(c.req.param('appId')))));

  api.put('/identity/grants/:appId', signedIn, async (c) => {
    const body = await readJson(c, z.strictObject({ claims: Claims }));
    return c.json(await deps.identity.setGrant(c.get('citizen'), appParam(c.req.param('appId')), body.claims));
  });

  api.post('/identity/token', signedIn, async (c) => {
    const body = await readJson(c, z.strictObject({
      appId: AppId, nonce: z.string().check(z.minLength(8), z.maxLength(128)), claims: z.optional(Claims),
    }));
    return c.json({ token: await deps.identity.token(c.get('citizen'), body.appId, body.nonce, body.claims ?? []) });
  });

  api.get('/identity/profile/:appId', signedIn, async (c) =>
    c.json({ claims: await deps.identity.profile(c.get('citizen'), appParam(c.req.param('appId'))) }));

  return api;
}
