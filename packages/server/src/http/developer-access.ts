import type { Context, MiddlewareHandler } from 'hono';
import type { OrgRole } from '@citadel/protocol/api';
import type { createSessions } from '../accounts/sessions.js';
import type { Database } from '../db/database.js';
import { ApiError } from '../errors.js';
import { createOrgs, type Person } from '../publishing/orgs.js';
import type { createCredentials } from '../registry/credentials.js';
import type { createPartnerAuthThrottle } from '../registry/partner-auth-throttle.js';
import type { PlatformEnv } from './env.js';
import { requireCitizen, requirePartner } from './guards.js';

/** What the developer API's routes put on the request context. */
export type DeveloperEnv = PlatformEnv & { Variables: { person?: Person } };

/** What the developer API's guards need. */
export interface DeveloperAccessDeps {
  readonly db: Database;
  readonly sessions: ReturnType<typeof createSessions>;
  readonly credentials: ReturnType<typeof createCredentials>;
  readonly authThrottle: ReturnType<typeof createPartnerAuthThrottle>;
  readonly trustProxy: boolean;
}

/** 404 for an organisation that does not exist or that the person is not a member of: the same answer for both. */
export const noSuchOrg = () => new ApiError(404, 'NOT_FOUND', 'No such organisation');
/** 404 for an app that does not exist or that the caller may not see. */
export const noSuchApp = () => new ApiError(404, 'NOT_FOUND', 'No such app');
/** 403 for a member whose role may not do `what` says. */
export const forbidden = (what: string) => new ApiError(403, 'FORBIDDEN', what);

/**
 * The developer API's guards (docs/publish-your-app.md): a signed-in person (`signedIn`), their role in an organisation
 * (`memberOf`: 404 outside it, 403 for a role not `allowed`), and an app route (`appAccess`): the app's own partner
 * credentials (HTTP Basic, a CI pipeline), or a session of a member of the app's organisation in one of `allowed` roles.
 */
export function createDeveloperAccess(deps: DeveloperAccessDeps) {
  const { db } = deps;
  const orgs = createOrgs(db);
  const signedIn = requireCitizen(deps.sessions);
  const partner = requirePartner(deps.credentials, deps.authThrottle, deps.trustProxy);
  const memberOf = async (c: Context<DeveloperEnv>, orgId: string, allowed: readonly OrgRole[]) => {
    const role = await orgs.roleIn(orgId, c.get('citizen').id);
    if (!role) throw noSuchOrg();
    if (!allowed.includes(role)) throw forbidden(`Your role in this organisation (${role}) may not do this; it needs ${allowed.join(' or ')}`);
    return role;
  };
  const appAccess = (allowed: readonly OrgRole[]): MiddlewareHandler<DeveloperEnv> => async (c, next) => {
    const appId = c.req.param('appId')!;
    if (c.req.header('authorization')?.toLowerCase().startsWith('basic ')) {
      return partner(c, async () => {
        if (c.get('partnerAppId') !== appId) throw noSuchApp();
        await next();
      });
    }
    return signedIn(c, async () => {
      const [row] = await db.query<{ org_id: string | null }>('SELECT org_id FROM apps WHERE id = $1', [appId]);
      if (!row?.org_id) throw noSuchApp();
      await memberOf(c, row.org_id, allowed);
      await next();
    });
  };
  return { orgs, signedIn, memberOf, appAccess };
}
