import type { Context, MiddlewareHandler } from 'hono';
import type { Database } from '../db/database.js';
import type { Person } from '../publishing/orgs.js';
import type { PlatformEnv } from './env.js';

/** The request context of the developer API. */
export type DeveloperEnv = PlatformEnv & { Variables: { person?: Person } };

/** What the developer API's app route groups (credentials, webhooks) are given by `developerRoutes`. */
export interface DeveloperAppRouteDeps {
  readonly db: Database;
  /** The app routes' guard: the app's own credentials (HTTP Basic), or a session of an owner or developer of its organisation. */
  readonly appAccess: MiddlewareHandler<DeveloperEnv>;
  /** Who acts, for the audit: the signed-in person's id; `undefined` for the app's own credentials. */
  readonly actor: (c: Context<DeveloperEnv>) => string | undefined;
}
