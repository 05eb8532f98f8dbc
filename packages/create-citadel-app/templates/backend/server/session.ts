import { createMemoryReplayStore, isIdTokenError, verifyIdToken } from '@citadel/node';
import type { Context } from 'hono';
import type { ServerEnv } from './env.js';

/** The longest identity token and nonce `POST /api/session` reads. */
const MAX_TOKEN_LENGTH = 8_192;
const NONCE_LENGTH = { min: 8, max: 128 };

/** The `{ token, nonce }` of a sign-in, or `undefined` when the body is not that. */
function readSignIn(body: unknown): { token: string; nonce: string } | undefined {
  const { token, nonce } = (typeof body === 'object' && body !== null ? body : {}) as Record<string, unknown>;
  if (typeof token !== 'string' || token.length === 0 || token.length > MAX_TOKEN_LENGTH) return undefined;
  if (typeof nonce !== 'string' || nonce.length < NONCE_LENGTH.min || nonce.length > NONCE_LENGTH.max) return undefined;
  return { token, nonce };
}

/**
 * `POST /api/session` `{ token, nonce }`: verifies the identity token (signature against the platform's keys, issuer,
 * audience, lifetime, the nonce the app asked it for) and answers `{ sub, greeting }`. A token is accepted once: the
 * replay store refuses its nonce a second time. A refused token is a 401 naming the reason.
 */
export function sessionRoute(env: ServerEnv) {
  const replayStore = createMemoryReplayStore();
  return async (c: Context) => {
    const signIn = readSignIn(await c.req.json().catch(() => undefined));
    if (signIn === undefined) {
      const message = `Send JSON { token, nonce }: token a string of at most ${MAX_TOKEN_LENGTH} characters, nonce of ${NONCE_LENGTH.min} to ${NONCE_LENGTH.max}`;
      return c.json({ code: 'INVALID_BODY', message }, 400);
    }
    try {
      const claims = await verifyIdToken(signIn.token, { appId: env.appId, issuer: env.platformUrl, nonce: signIn.nonce, replayStore });
      // Store what you keep about the citizen under `sub`: it is theirs in your app alone.
      return c.json({ sub: claims.sub, greeting: claims.name === undefined ? 'Xin chào!' : `Xin chào, ${claims.name}!` });
    } catch (error) {
      if (!isIdTokenError(error)) throw error;
      // The platform's keys could not be fetched: the token may be fine, so this is not a 401.
      return c.json(error.toJSON(), error.reason === 'JWKS_UNAVAILABLE' ? 503 : 401);
    }
  };
}
