import { randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { HttpError } from '../http-error.js';

/** Limits of `createNonces`. */
export interface NonceLimits {
  /** Nonces handed out and neither used nor expired, over all callers. Default 10 000. */
  readonly open?: number;
  /** How long a nonce waits for its token, in seconds. Default 300. */
  readonly seconds?: number;
}

/**
 * Single-use nonces for identity tokens (docs/sign-in-with-citadel.md), kept in the `nonces`
 * table (`NONCES_TABLE`): issued here, taken once, so a captured token cannot be replayed.
 */
export function createNonces(db: Queryable, limits: NonceLimits = {}) {
  const open = limits.open ?? 10_000;
  const seconds = limits.seconds ?? 300;
  return {
    /** A fresh nonce; `429 TOO_MANY_NONCES` (with `limit`) past `open` outstanding ones. */
    async issue(): Promise<string> {
      await db.query('DELETE FROM nonces WHERE expires_at < now()');
      const [row] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM nonces');
      if ((row?.n ?? 0) >= open) {
        throw new HttpError(429, 'TOO_MANY_NONCES', `At most ${open} sign-ins may be under way; try again in a minute`, { limit: open }, { 'retry-after': '60' });
      }
      const nonce = randomBytes(18).toString('base64url');
      await db.query('INSERT INTO nonces (nonce, expires_at) VALUES ($1, now() + make_interval(secs => $2))', [nonce, seconds]);
      return nonce;
    },
    /** Deletes `nonce` and reports whether it was issued and still valid: true once, then never again. */
    async take(nonce: string): Promise<boolean> {
      return (await db.query('DELETE FROM nonces WHERE nonce = $1 AND expires_at >= now() RETURNING 1', [nonce])).length > 0;
    },
  };
}

export type Nonces = ReturnType<typeof createNonces>;
