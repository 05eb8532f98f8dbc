import { Hono } from 'hono';
import { accountRoutes as routes } from '@citadel/protocol/api';
import type { createCitizens } from '../accounts/citizens.js';
import { decoyHash, hashPassword, verifyPassword } from '../accounts/password.js';
import { OTP_LIFETIME_SECONDS, type createPhoneCodes } from '../accounts/phone-codes.js';
import type { createSessions } from '../accounts/sessions.js';
import type { createThrottle } from '../accounts/throttle.js';
import type { createTrustedDevices } from '../accounts/trusted-devices.js';
import { ApiError } from '../errors.js';
import type { PlatformEnv } from './env.js';
import { clientAddress, requireCitizen } from './guards.js';
import { phoneOf } from './phone-param.js';
import { isTrustedDevice, startSession, trustDevice } from './session-cookie.js';
import { answer, jsonOf } from './validate.js';

/** What the sign-up, sign-in, recovery and phone-change routes need. */
export interface AuthRouteDeps {
  readonly citizens: ReturnType<typeof createCitizens>;
  readonly sessions: ReturnType<typeof createSessions>;
  readonly throttle: ReturnType<typeof createThrottle>;
  readonly codes: ReturnType<typeof createPhoneCodes>;
  readonly devices: ReturnType<typeof createTrustedDevices>;
  readonly secureCookies: boolean;
  readonly trustProxy: boolean;
  /** Called after a citizen signed up (an alert for the whole city in effect reaches them now). Default: nothing. */
  readonly signedUp?: (citizenId: string) => Promise<void>;
}

/**
 * The routes a one-time code guards, under `/api`: sending codes, sign-up, sign-in on a new device, recovery and
 * phone change (docs/security-model.md, "Verified phone numbers").
 */
export function authRoutes(deps: AuthRouteDeps) {
  const { citizens, sessions, codes, devices } = deps;
  const secure = deps.secureCookies;
  const signedIn = requireCitizen(sessions);
  const api = new Hono<PlatformEnv>();

  api.post(routes.sendCode.path, jsonOf(routes.sendCode), async (c) => {
    const { purpose } = c.req.valid('json');
    const phone = phoneOf(c.req.valid('json').phone);
    let deliver = true;
    if (purpose === 'phone-change' || purpose === 'pin') {
      await signedIn(c, async () => {});
      if (purpose === 'pin' && phone !== c.get('citizen').phone) {
        throw new ApiError(400, 'INVALID_PARAMS', 'phone: a PIN code goes to your own number', { issues: [{ path: 'phone', message: 'a PIN code goes to your own number' }] });
      }
    } else if (purpose === 'sign-in' || purpose === 'recovery') {
      // No text to a number without an account, but the same row, limits and answer as for one.
      deliver = (await citizens.idByPhone(phone)) !== undefined;
    }
    return answer(c, routes.sendCode, 202, await codes.send({ phone, purpose, ip: clientAddress(c, deps.trustProxy), deliver }));
  });

  api.post(routes.register.path, jsonOf(routes.register), async (c) => {
    const body = c.req.valid('json');
    const phone = phoneOf(body.phone);
    // The code first: only whoever holds the number learns, below, that it already has an account.
    await codes.confirm(phone, 'sign-up', body.code);
    const citizen = await citizens.create({ phone, name: body.name, passwordHash: await hashPassword(body.password), phoneVerified: true });
    if (!citizen) throw new ApiError(409, 'PHONE_TAKEN', 'An account already uses this phone number');
    // The session cookie first: clients that keep one cookie keep the session.
    await startSession(c, sessions, citizen.id, secure);
    await trustDevice(c, devices, citizen.id, secure);
    await deps.signedUp?.(citizen.id);
    return answer(c, routes.register, 201, { citizen });
  });

  api.post(routes.signIn.path, jsonOf(routes.signIn), async (c) => {
    const body = c.req.valid('json');
    const phone = phoneOf(body.phone);
    const ip = clientAddress(c, deps.trustProxy);
    await deps.throttle.check(phone, ip);
    const found = await citizens.credentialsByPhone(phone);
    // An unknown phone costs the same hash as a known one: timing does not reveal accounts.
    const ok = await verifyPassword(body.password, found?.passwordHash ?? await decoyHash());
    if (!found || !ok) {
      await deps.throttle.fail(phone, ip);
      throw new ApiError(401, 'INVALID_CREDENTIALS', 'Wrong phone number or password');
    }
    await deps.throttle.succeed(phone);
    const citizenId = found.citizen.id;
    if (!(await isTrustedDevice(c, devices, citizenId, secure))) {
      if (body.code === undefined) {
        try {
          const sent = await codes.send({ phone, purpose: 'sign-in', ip, deliver: true });
          return answer(c, routes.signIn, 202, { step: 'otp', ...sent });
        } catch (error) {
          // Asked again within the minute: the code already sent still serves.
          if (!(error instanceof ApiError) || error.extra['limitName'] !== 'per-number-cooldown') throw error;
          return answer(c, routes.signIn, 202, { step: 'otp', expiresInSeconds: OTP_LIFETIME_SECONDS, resendAfterSeconds: Number(error.extra['retryAfterSeconds']) });
        }
      }
      await codes.confirm(phone, 'sign-in', body.code);
      await startSession(c, sessions, citizenId, secure);
      await trustDevice(c, devices, citizenId, secure);
      return answer(c, routes.signIn, 200, { citizen: found.citizen });
    }
    await startSession(c, sessions, citizenId, secure);
    return answer(c, routes.signIn, 200, { citizen: found.citizen });
  });

  api.post(routes.recover.path, jsonOf(routes.recover), async (c) => {
    const body = c.req.valid('json');
    const phone = phoneOf(body.phone);
    await codes.confirm(phone, 'recovery', body.code);
    const id = await citizens.idByPhone(phone);
    // Codes to a number without an account are never sent, so only a lucky guess gets here: the same answer as a used code.
    if (!id) throw new ApiError(422, 'OTP_EXPIRED', 'This code is no longer valid (expired or already used): ask for a new one');
    const citizen = await citizens.resetPassword(id, await hashPassword(body.password));
    if (!citizen) throw new ApiError(422, 'OTP_EXPIRED', 'This code is no longer valid (expired or already used): ask for a new one');
    // Whoever knew the old password loses every session and every trusted browser.
    await devices.forgetAll(id);
    const sessionId = await startSession(c, sessions, id, secure);
    await sessions.revokeOthers(id, sessionId);
    await trustDevice(c, devices, id, secure);
    return answer(c, routes.recover, 200, { citizen });
  });

  api.post(routes.changePhone.path, signedIn, jsonOf(routes.changePhone), async (c) => {
    const body = c.req.valid('json');
    const phone = phoneOf(body.phone);
    // Nothing changes until the new number's code is confirmed; then one statement moves the account.
    await codes.confirm(phone, 'phone-change', body.code);
    const citizen = await citizens.setVerifiedPhone(c.get('citizen').id, phone);
    if (!citizen) throw new ApiError(409, 'PHONE_TAKEN', 'An account already uses this phone number');
    return answer(c, routes.changePhone, 200, { citizen });
  });

  return api;
}
