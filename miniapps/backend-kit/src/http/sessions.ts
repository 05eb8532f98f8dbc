import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Database } from '../db/database.js';
import { HttpError } from '../http-error.js';
import { authenticateCitizen, bearerToken, type TokenSettings } from './authenticate.js';
import type { Nonces } from './nonces.js';

/** A session the backend issued: send `session` as `Authorization: Bearer <session>` until `expiresAt`. */
export interface IssuedSession {
  readonly session: string;
  readonly expiresAt: string;
}

// `s1.<base64url JSON { sub, exp }>.<first 16 bytes of HMAC-SHA256, base64url>`: tells itself
// apart from an identity token (which has three parts and starts with `ey`).
const SESSION = /^s1\.([A-Za-z0-9_-]{10,400})\.([A-Za-z0-9_-]{22})$/;
const SECRETS_LOCK = 7_300_001;

/**
 * Short sessions after one identity-token sign-in, so a citizen on a slow network pays one
 * round trip per call instead of three (nonce, token, call). The signing secret is made by the
 * first start and kept in the backend's database (`kit_secrets`).
 */
export async function createSessions(db: Database, options: { seconds?: number; now?: () => Date } = {}) {
  const seconds = options.seconds ?? 1800;
  const now = options.now ?? (() => new Date());
  const secret = await db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock($1)', [SECRETS_LOCK]);
    await tx.query('CREATE TABLE IF NOT EXISTS kit_secrets (name text PRIMARY KEY, value text NOT NULL)');
    await tx.query('INSERT INTO kit_secrets (name, value) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', ['session', randomBytes(32).toString('base64')]);
    const [row] = await tx.query<{ value: string }>('SELECT value FROM kit_secrets WHERE name = $1', ['session']);
    return Buffer.from(row!.value, 'base64');
  });
  const mac = (body: string) => createHmac('sha256', secret).update(body).digest().subarray(0, 16).toString('base64url');
  return {
    /** How long a session lasts, in seconds. */
    seconds,
    issue(sub: string): IssuedSession {
      const exp = Math.floor(now().getTime() / 1000) + seconds;
      const body = Buffer.from(JSON.stringify({ sub, exp })).toString('base64url');
      return { session: `s1.${body}.${mac(body)}`, expiresAt: new Date(exp * 1000).toISOString() };
    },
    /** The sub of a genuine, unexpired session; undefined for anything else. */
    verify(token: string): string | undefined {
      const m = SESSION.exec(token);
      if (!m) return undefined;
      if (!timingSafeEqual(Buffer.from(mac(m[1]!)), Buffer.from(m[2]!))) return undefined;
      const { sub, exp } = JSON.parse(Buffer.from(m[1]!, 'base64url').toString('utf8')) as { sub: unknown; exp: unknown };
      if (typeof sub !== 'string' || typeof exp !== 'number' || exp * 1000 <= now().getTime()) return undefined;
      return sub;
    },
  };
}

export type Sessions = Awaited<ReturnType<typeof createSessions>>;

/** How a private endpoint knows the citizen. */
export interface CitizenAuth {
  readonly tokens: TokenSettings;
  readonly nonces: Nonces;
  readonly sessions: Sessions;
}

/**
 * The citizen's pairwise `sub`: from a session this backend issued, else from an identity token
 * whose nonce it issued (one nonce per call). A session expired or not ours is `401
 * SESSION_INVALID`: the app signs in again.
 */
export async function citizenOf(request: Request, auth: CitizenAuth): Promise<string> {
  const token = bearerToken(request);
  if (token?.startsWith('s1.')) {
    const sub = auth.sessions.verify(token);
    if (sub === undefined) throw new HttpError(401, 'SESSION_INVALID', 'The session expired or was not issued here: sign in again with POST /auth/session', {}, { 'www-authenticate': 'Bearer error="invalid_token"' });
    return sub;
  }
  return (await authenticateCitizen(request, auth.tokens, auth.nonces)).sub;
}

