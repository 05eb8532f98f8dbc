import type { Context } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';
import { SESSION_DAYS, type createSessions } from '../accounts/sessions.js';
import { TRUSTED_DEVICE_DAYS, type createTrustedDevices } from '../accounts/trusted-devices.js';
import { sessionCookieName, surfaceOf } from './guards.js';

/**
 * The trusted-device cookie: host-only, HttpOnly, `SameSite=Strict`, sent only to the sign-in routes. It says "this
 * browser confirmed a code for this citizen", so password sign-in here needs no new code. In production it is
 * `__Secure-` prefixed (`__Host-` needs `Path=/`, and this one is narrower), so only a `Secure` one is accepted.
 */
export const DEVICE_COOKIE = 'citadel_device';
const SECURE_DEVICE_COOKIE = '__Secure-citadel_device';
const deviceCookieName = (secure: boolean) => (secure ? SECURE_DEVICE_COOKIE : DEVICE_COOKIE);
const DEVICE_PATH = '/api/auth';

/** Starts a session for the citizen on the site the request came to and sets its host-only cookie; resolves with the session id. */
export async function startSession(c: Context, sessions: ReturnType<typeof createSessions>, citizenId: string, secure: boolean): Promise<string> {
  const { id, token } = await sessions.start(citizenId, c.req.header('user-agent') ?? '', surfaceOf(c));
  setCookie(c, sessionCookieName(secure), token, { httpOnly: true, sameSite: 'Strict', path: '/', secure, maxAge: SESSION_DAYS * 86_400 });
  return id;
}

/** Trusts this browser for the citizen (after a confirmed code) and sets the device cookie. */
export async function trustDevice(c: Context, devices: ReturnType<typeof createTrustedDevices>, citizenId: string, secure: boolean): Promise<void> {
  const token = await devices.trust(citizenId);
  setCookie(c, deviceCookieName(secure), token, { httpOnly: true, sameSite: 'Strict', path: DEVICE_PATH, secure, maxAge: TRUSTED_DEVICE_DAYS * 86_400 });
}

/** Whether this browser's device cookie is trusted for the citizen. */
export async function isTrustedDevice(c: Context, devices: ReturnType<typeof createTrustedDevices>, citizenId: string, secure: boolean): Promise<boolean> {
  const token = getCookie(c, deviceCookieName(secure));
  return token !== undefined && token.length <= 64 && (await devices.isTrusted(citizenId, token));
}
