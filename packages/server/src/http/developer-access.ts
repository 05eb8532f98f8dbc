import type { Context, MiddlewareHandler } from 'hono';
import type { OrgRole } from '@citadel/protocol/api';
import type { createSessions } from '../accounts/sessions.js';
import type { Database } from '../db/database.js';
import { createOrgs } from '../publishing/orgs.js';
import type { createCredentials } from '../registry/credentials.js';
import type { createPartnerAuthThrottle } from '../registry/partner-auth-throttle.js';
import type { DeveloperEnv } from './developer-env.js';
import { requireCitizen, requirePartner } from './guards.js';
import { createOrgAccess, noSuchApp } from './org-access.js';

export { noSuchApp, noSuchOrg } from './org-access.js';
export type { DeveloperEnv } from './developer-env.js';

/** What the developer API's guards need. */
export interface DeveloperAccessDeps {
  readonly db: Database;
  readonly sessions: ReturnType<typeof createSessions>;
  readonly credentials: ReturnType<typeof createCredentials>;
  readonly authThrottle: ReturnType<typeof createPartnerAuthThrottle>;
  readonly trustProxy: boolean;
}

/**
 * The developer API's guards (docs/publish-your-app.md): a signed-in person (`signedIn`), their role in an organisation
 * (`memberOf`: 404 outside it, 403 for a role not `allowed`), and an app route (`appAccess`): the app's own partner
 * credentials (HTTP Basic, a CI pipeline), or a session of a member of the app's organisation in one of `allowed` roles.
 */
export function createDeveloperAccess(deps: DeveloperAccessDeps) {
  const orgs = createOrgs(deps.db);
  const access = createOrgAccess(deps.db);
  const signedIn = requireCitizen(deps.sessions);
  const partner = requirePartner(deps.credentials, deps.authThrottle, deps.trustProxy);
  const memberOf = (c: Context<DeveloperEnv>, orgId: string, allowed: readonly OrgRole[]) => access.memberOf(c.get('citizen').id, orgId, allowed);
  const appAccess = (allowed: readonly OrgRole[]): MiddlewareHandler<DeveloperEnv> => async (c, next) => {
    const appId = c.req.param('appId')!;
    if (c.req.header('authorization')?.toLowerCase().startsWith('basic ')) {
      return partner(c, async () => {
        if (c.get('partnerAppId') !== appId) throw noSuchApp();
        await next();
      });
    }
    return signedIn(c, async () => {
      await access.appMember(c.get('citizen').id, appId, allowed);
      await next();
    });
  };
  return { orgs, signedIn, memberOf, appAccess };
}
