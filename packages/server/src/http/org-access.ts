import type { OrgRole } from '@citadel/protocol/api';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { createOrgs } from '../publishing/orgs.js';

/** No such organisation, or not one the person belongs to: the same answer, so outsiders learn nothing. */
export const noSuchOrg = () => new ApiError(404, 'NOT_FOUND', 'No such organisation');
/** No such app, or not one of the person's organisations. */
export const noSuchApp = () => new ApiError(404, 'NOT_FOUND', 'No such app');

/**
 * Who may do what in an organisation (docs/publish-your-app.md, "Organisations and members"): a person outside it gets
 * 404, as for one that does not exist; a member whose role may not do something gets 403 naming the roles it needs.
 */
export function createOrgAccess(db: Database) {
  const orgs = createOrgs(db);
  const memberOf = async (citizenId: string, orgId: string, allowed: readonly OrgRole[]): Promise<OrgRole> => {
    const role = await orgs.roleIn(orgId, citizenId);
    if (!role) throw noSuchOrg();
    if (!allowed.includes(role)) throw new ApiError(403, 'FORBIDDEN', `Your role in this organisation (${role}) may not do this; it needs ${allowed.join(' or ')}`);
    return role;
  };
  return {
    memberOf,
    /** The person's role in the organisation of the app, when it is one of `allowed`. */
    async appMember(citizenId: string, appId: string, allowed: readonly OrgRole[]): Promise<OrgRole> {
      const [row] = await db.query<{ org_id: string | null }>('SELECT org_id FROM apps WHERE id = $1', [appId]);
      if (!row?.org_id) throw noSuchApp();
      return memberOf(citizenId, row.org_id, allowed).catch((error: unknown) => {
        throw error instanceof ApiError && error.status === 404 ? noSuchApp() : error;
      });
    },
  };
}
