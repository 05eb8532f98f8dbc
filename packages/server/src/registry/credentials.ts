import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { Queryable } from '../db/database.js';
import { credentialFormat } from './credential-format.js';

/** A partner credential pair; the secret is returned once, at creation, and only its digest is kept. */
export interface IssuedCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

// A 256-bit random secret needs no slow hash: SHA-256 of it cannot be searched.
const digest = (secret: string) => createHash('sha256').update(secret).digest('base64url');

/** Default overlap during which a rotated-out secret keeps working: one day. */
export const ROTATION_OVERLAP_SECONDS = 86_400;

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
         WHERE app_id = $1 AND (expires_at IS NULL OR expires_at > now() + make_interval(secs => $2))`,
        [appId, overlapSeconds]);
      return issue(appId);
    },
    /** The app id the pair belongs to, or undefined for unknown, wrong or expired credentials. */
    async check(clientId: string, clientSecret: string): Promise<string | undefined> {
      const [row] = await db.query<{ app_id: string; secret_digest: string }>(
        'SELECT app_id, secret_digest FROM app_credentials WHERE client_id = $1 AND (expires_at IS NULL OR expires_at > now())', [clientId]);
      if (!row) return undefined;
      const expected = Buffer.from(row.secret_digest);
      const actual = Buffer.from(digest(clientSecret));
      return expected.length === actual.length && timingSafeEqual(expected, actual) ? row.app_id : undefined;
    },
  };
}
