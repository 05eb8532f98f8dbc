import { Hono } from 'hono';
import { authenticateCitizen } from './authenticate.js';
import type { CitizenAuth } from './sessions.js';

/**
 * The two sign-in routes (`startBackend` mounts them before the app's own):
 * - `POST /auth/nonce`: `201 { nonce }`, a single-use nonce for the next identity token;
 * - `POST /auth/session` with `Authorization: Bearer <identity token>` (its nonce from the first): `201 { session, expiresAt }`.
 */
export function signInRoutes(auth: CitizenAuth): Hono {
  return new Hono()
    .post('/auth/nonce', async (c) => c.json({ nonce: await auth.nonces.issue() }, 201))
    .post('/auth/session', async (c) => c.json(auth.sessions.issue((await authenticateCitizen(c.req.raw, auth.tokens, auth.nonces)).sub), 201));
}
