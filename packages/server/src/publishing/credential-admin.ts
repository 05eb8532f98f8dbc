import { CREDENTIAL_LIMITS, type Credential, type CredentialState } from '@citadel/protocol/api';
import type { Database, Queryable } from '../db/database.js';
import { ApiError } from '../errors.js';
import { auditPartnerAction } from '../audit/partner-audit.js';
import { ACTIVE_CREDENTIAL, createCredentials } from '../registry/credentials.js';

/** The most credentials one list answers. */
const MAX_LISTED = 20;

interface CredentialRow {
  client_id: string; state: CredentialState; created_at: Date | string; expires_at: Date | string | null;
  revoked_at: Date | string | null; last_used_at: Date | string | null;
}

const iso = (at: Date | string | null) => (at === null ? null : new Date(at).toISOString());
const toCredential = (row: CredentialRow): Credential => ({
  clientId: row.client_id, state: row.state, createdAt: new Date(row.created_at).toISOString(),
  expiresAt: iso(row.expires_at), revokedAt: iso(row.revoked_at), lastUsedAt: iso(row.last_used_at),
});

const SELECT = `SELECT client_id, created_at, expires_at, revoked_at, last_used_at,
    CASE WHEN revoked_at IS NOT NULL THEN 'revoked' WHEN ${ACTIVE_CREDENTIAL} THEN 'active' ELSE 'expired' END AS state
  FROM app_credentials`;

/** One writer of an app's credentials at a time, so two creations at once cannot both pass the limit. */
const lockApp = (tx: Queryable, appId: string) => tx.query("SELECT pg_advisory_xact_lock(hashtext('citadel-app-credentials:' || $1::text))", [appId]);
const activeCount = async (tx: Queryable, appId: string) =>
  (await tx.query<{ n: number }>(`SELECT count(*)::int AS n FROM app_credentials WHERE app_id = $1 AND ${ACTIVE_CREDENTIAL}`, [appId]))[0]!.n;

/**
 * An app's partner credentials as its organisation manages them (docs/credentials-and-webhooks.md): listed without
 * their secrets, created up to `CREDENTIAL_LIMITS.activeSecrets` active at once, revoked at once. Every change is
 * audited (`partner_audit`, `credential.create` and `credential.revoke`).
 */
export function createCredentialAdmin(db: Database) {
  const one = async (q: Queryable, appId: string, clientId: string) =>
    (await q.query<CredentialRow>(`${SELECT} WHERE app_id = $1 AND client_id = $2`, [appId, clientId]))[0];
  return {
    /** The app's credentials: the active ones first, then the ended ones, newest first, at most 20. */
    async list(appId: string): Promise<Credential[]> {
      const rows = await db.query<CredentialRow>(
        `SELECT * FROM (${SELECT} WHERE app_id = $1) c ORDER BY state = 'active' DESC, created_at DESC, client_id LIMIT ${MAX_LISTED}`, [appId]);
      return rows.map(toCredential);
    },
    /**
     * Issues a client id and secret, refused with 409 `CREDENTIAL_LIMIT` (naming the limit) when the app already has
     * the most active ones. `expireOthers`: the app's other active secret expires after the rotation overlap.
     */
    create(appId: string, options: { expireOthers: boolean }, actor: string | undefined) {
      return db.transaction(async (tx) => {
        await lockApp(tx, appId);
        const limit = CREDENTIAL_LIMITS.activeSecrets;
        if ((await activeCount(tx, appId)) >= limit) {
          throw new ApiError(409, 'CREDENTIAL_LIMIT', `An app may have at most ${limit} active client secrets; revoke one first`, { limit });
        }
        const credentials = createCredentials(tx);
        const issued = options.expireOthers ? await credentials.rotate(appId) : await credentials.issue(appId);
        await auditPartnerAction(tx, { appId, actor, action: 'credential.create', detail: { clientId: issued.clientId, expireOthers: options.expireOthers } });
        return { credential: toCredential((await one(tx, appId, issued.clientId))!), clientSecret: issued.clientSecret };
      });
    },
    /**
     * Revokes one of the app's credentials at once; one already ended is answered as it is. The app's last active one
     * is refused (409 `LAST_CREDENTIAL`): create its replacement first. `undefined` when the app has no such client id.
     */
    revoke(appId: string, clientId: string, actor: string | undefined): Promise<Credential | undefined> {
      return db.transaction(async (tx) => {
        await lockApp(tx, appId);
        const found = await one(tx, appId, clientId);
        if (!found || found.state !== 'active') return found && toCredential(found);
        if ((await activeCount(tx, appId)) <= 1) {
          throw new ApiError(409, 'LAST_CREDENTIAL', 'This is the app\'s only active client secret; create its replacement before revoking it');
        }
        await tx.query('UPDATE app_credentials SET revoked_at = now() WHERE client_id = $1', [clientId]);
        await auditPartnerAction(tx, { appId, actor, action: 'credential.revoke', detail: { clientId } });
        return toCredential((await one(tx, appId, clientId))!);
      });
    },
  };
}
