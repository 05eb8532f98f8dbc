import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import { CREDENTIAL_LIMITS } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';
import { credentialFormat } from '@citadel/protocol/api';

/** A partner credential pair; the secret is returned once, at creation, and only its digest is kept. */
export interface IssuedCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

// A 256-bit random secret needs no slow hash: SHA-256 of it cannot be searched.
const digest = (secret: string) => createHash('sha256').update(secret).digest('base64url');

/** Default overlap during which a rotated-out secret keeps working: one day. */
export const ROTATION_OVERLAP_SECONDS: number = CREDENTIAL_LIMITS.overlapSeconds;

/** The SQL condition of a credential that works: not revoked, not expired. */
export const ACTIVE_CREDENTIAL = 'revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now())';

/** How stale `last_used_at` may grow before a successful check writes it again: one write an hour per credential at most. */
const LAST_USED_PRECISION = "interval '1 hour'";

/** Partner credentials of registered apps: issue, rotate with overlap, check. */
export function createCredentials(db: Queryable) {
  const issue = async (appId: string): Promise<IssuedCredentials> => {
    const { clientId: idFormat, clientSecret: secretFormat } = credentialFormat;
    const clientId = `${idFormat.prefix}${randomBytes(idFormat.bytes).toString('base64url')}`;
    const clientSecret = `${secretFormat.prefix}${randomBytes(secretFormat.bytes).toString('base64url')}`;
    await db.query('INSERT INTO app_credentials (client_id, app_id, secret_digest) VALUES ($1, $2, $3)', [clientId, appId, digest(clientSecret)]);
    return { clientId, clientSecret };
  };
  return {
    issue,
    /**
     * Issues new credentials and lets the app's current ones expire after `overlapSeconds`, so the
     * partner can deploy the new secret without downtime.
     */
    async rotate(appId: string, overlapSeconds = ROTATION_OVERLAP_SECONDS): Promise<IssuedCredentials> {
      await db.query(
        `UPDATE app_credentials SET expires_at = now() + make_interval(secs => $2)
         WHERE app_id = $1 AND revoked_at IS NULL AND (expires_at IS NULL OR expires_at > now() + make_interval(secs => $2))`,
        [appId, overlapSeconds]);
      return issue(appId);
    },
    /**
     * The app id the pair belongs to, or undefined for unknown, wrong, expired or revoked credentials. A right pair
     * whose `last_used_at` is over an hour old (or unset) has it set to now: at most one write an hour per credential.
     */
    async check(clientId: string, clientSecret: string): Promise<string | undefined> {
      const [row] = await db.query<{ app_id: string; secret_digest: string; stale: boolean }>(
        `SELECT app_id, secret_digest, last_used_at IS NULL OR last_used_at < now() - ${LAST_USED_PRECISION} AS stale
           FROM app_credentials WHERE client_id = $1 AND ${ACTIVE_CREDENTIAL}`, [clientId]);
      if (!row) return undefined;
      const expected = Buffer.from(row.secret_digest);
      const actual = Buffer.from(digest(clientSecret));
      if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return undefined;
      if (row.stale) await db.query('UPDATE app_credentials SET last_used_at = now() WHERE client_id = $1', [clientId]);
      return row.app_id;
    },
  };
}
