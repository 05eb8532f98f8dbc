import { createHash, randomBytes } from 'node:crypto';
import type { Queryable } from '../db/database.js';

/** How long a browser stays trusted after its last code-confirmed or trusted sign-in: 180 days. */
export const TRUSTED_DEVICE_DAYS = 180;

const digest = (token: string) => createHash('sha256').update(token).digest('base64url');

/**
 * Browsers that confirmed a one-time code for a citizen, so password sign-in there needs no new code. The cookie
 * holds a random token; only its SHA-256 digest is stored, as for sessions.
 */
export function createTrustedDevices(db: Queryable) {
  return {
    /** Trusts a new browser for the citizen; resolves with the cookie's token. */
    async trust(citizenId: string): Promise<string> {
      const token = randomBytes(32).toString('base64url');
      await db.query('INSERT INTO trusted_devices (token_digest, citizen_id) VALUES ($1, $2)', [digest(token), citizenId]);
      return token;
    },
    /** Whether the cookie's token is a trusted browser of this citizen (used within `TRUSTED_DEVICE_DAYS`); refreshes it. */
    async isTrusted(citizenId: string, token: string): Promise<boolean> {
      const rows = await db.query(
        `UPDATE trusted_devices SET last_used_at = now()
         WHERE token_digest = $1 AND citizen_id = $2 AND last_used_at > now() - make_interval(days => $3) RETURNING citizen_id`,
        [digest(token), citizenId, TRUSTED_DEVICE_DAYS]);
      return rows.length > 0;
    },
    /** Forgets every browser of the citizen (account recovery: whoever had the password loses their devices too). */
    async forgetAll(citizenId: string): Promise<void> {
      await db.query('DELETE FROM trusted_devices WHERE citizen_id = $1', [citizenId]);
    },
  };
}
