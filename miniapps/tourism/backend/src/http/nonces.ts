import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { TourismError } from '../errors.js';
import { LIMITS } from '../limits.js';

/** Single-use nonces for identity tokens (docs/sign-in-with-citadel.md): issued here, taken once. */
export function createNonces(db: Queryable) {
  return {
    /** A fresh nonce valid for `LIMITS.nonceSeconds`; `429 TOO_MANY_NONCES` past `LIMITS.openNonces` open ones. */
    async issue(): Promise<string> {
      await db.query('DELETE FROM nonces WHERE expires_at < now()');
      const [open] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM nonces');
      if ((open?.n ?? 0) >= LIMITS.openNonces) {
        throw new TourismError(429, 'TOO_MANY_NONCES', `At most ${LIMITS.openNonces} sign-ins may be under way; try again in a minute`, { limit: LIMITS.openNonces });
      }
      const nonce = randomBytes(18).toString('base64url');
      await db.query(`INSERT INTO nonces (nonce, expires_at) VALUES ($1, now() + interval '${LIMITS.nonceSeconds} seconds')`, [nonce]);
      return nonce;
    },
    /** Deletes `nonce` and reports whether it was issued and still valid: true once, then never again. */
    async take(nonce: string): Promise<boolean> {
      return (await db.query('DELETE FROM nonces WHERE nonce = $1 AND expires_at >= now() RETURNING 1', [nonce])).length > 0;
    },
  };
}

export type Nonces = ReturnType<typeof createNonces>;
