import type { Context } from 'hono';
import { setCookie } from 'hono/cookie';
import { SESSION_DAYS, type createSessions } from '../accounts/sessions.js';
import { SESSION_COOKIE } from './guards.js';

/**
 * Starts a session for `citizenId` and sets its cookie: `HttpOnly`, `SameSite=Strict`, host-only,
 * `Secure` when configured. Every way of signing in (password, passkey) ends here.
 */
export async function startSession(c: Context, sessions: ReturnType<typeof createSessions>, secureCookies: boolean, citizenId: string): Promise<void> {
  const { token } = await sessions.start(citizenId, c.req.header('user-agent') ?? '');
  setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Strict', path: '/', secure: secureCookies, maxAge: SESSION_DAYS * 86_400 });
}
