import { IdentityClaim } from '@citadel/protocol';
import type { IdentityGrant } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';

const order = IdentityClaim.options;
const sorted = (claims: readonly IdentityClaim[]) => order.filter((c) => claims.includes(c));

/** Identity grants, kept server-side with when they were given; every change is audited (withdrawal: `revokeConsent`). */
export function createGrants(db: Queryable) {
  const audit = (citizenId: string, appId: string, action: string, detail: object) =>
    db.query('INSERT INTO audit_log (citizen_id, app_id, action, detail) VALUES ($1, $2, $3, $4)', [citizenId, appId, action, JSON.stringify(detail)]);
  return {
    async get(citizenId: string, appId: string): Promise<IdentityGrant> {
      const [row] = await db.query<{ claims: IdentityClaim[]; granted_at: Date }>(
        'SELECT claims, granted_at FROM identity_grants WHERE citizen_id = $1 AND app_id = $2', [citizenId, appId]);
      return row ? { claims: sorted(row.claims), grantedAt: row.granted_at.toISOString() } : { claims: [], grantedAt: null };
    },
    /**
     * Replaces the grant and records the change in the audit log. An empty list is still a grant:
     * the app may learn the citizen's pairwise id, and nothing else.
     */
    async set(citizenId: string, appId: string, claims: readonly IdentityClaim[]): Promise<IdentityGrant> {
      const list = sorted(claims);
      await db.query(
        `INSERT INTO identity_grants (citizen_id, app_id, claims) VALUES ($1, $2, $3)
         ON CONFLICT (citizen_id, app_id) DO UPDATE SET claims = EXCLUDED.claims, granted_at = now()`,
        [citizenId, appId, list]);
      await audit(citizenId, appId, 'identity.grant', { claims: list });
      return this.get(citizenId, appId);
    },
  };
}
