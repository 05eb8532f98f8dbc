import { Hono, type MiddlewareHandler } from 'hono';
import { killSwitchRoutes as routes } from '@citadel/protocol/api';
import type { createSessions } from '../accounts/sessions.js';
import type { Database } from '../db/database.js';
import { developerApps } from '../publishing/developer-apps.js';
import { createKillSwitch } from '../publishing/kill-switch.js';
import type { PlatformEnv } from './env.js';
import { requireCitizen, requireRole } from './guards.js';
import { noSuchApp } from './org-access.js';
import { answer, jsonOf, paramsOf } from './validate.js';

/**
 * The operator's kill switch in the developer API (docs/publish-your-app.md, "Suspension"), for people with the
 * `operator` platform role: every app with its status, suspend with a reason, reinstate. Each switch is audited and
 * tells the partner (`app.suspended`, `app.reinstated`).
 */
export function killSwitchRoutes(deps: {
  db: Database;
  sessions: ReturnType<typeof createSessions>;
  /** Called after a switch: its webhook is queued, and the apps the host may frame have changed. */
  switched: () => void;
}) {
  const api = new Hono<PlatformEnv>();
  const killSwitch = createKillSwitch(deps.db);
  const signedIn = requireCitizen(deps.sessions);
  const operator: MiddlewareHandler<PlatformEnv> = (c, next) => signedIn(c, async () => { await requireRole('operator')(c, next); });
  const appNamed = async (appId: string) => {
    const [app] = await developerApps(deps.db, 'a.id = $1', [appId]);
    if (!app) throw noSuchApp();
    return app;
  };

  api.get(routes.operatorApps.path, operator, async (c) => answer(c, routes.operatorApps, 200, { apps: await developerApps(deps.db, 'true', []) }));
  api.post(routes.suspendApp.path, operator, paramsOf(routes.suspendApp, noSuchApp), jsonOf(routes.suspendApp), async (c) => {
    const { appId } = c.req.valid('param');
    if (await killSwitch.suspend(appId, c.req.valid('json').reason, c.get('citizen').id) === 'missing') throw noSuchApp();
    deps.switched();
    return answer(c, routes.suspendApp, 200, { app: await appNamed(appId) });
  });
  api.post(routes.reinstateApp.path, operator, paramsOf(routes.reinstateApp, noSuchApp), async (c) => {
    const { appId } = c.req.valid('param');
    if (await killSwitch.reinstate(appId, c.get('citizen').id) === 'missing') throw noSuchApp();
    deps.switched();
    return answer(c, routes.reinstateApp, 200, { app: await appNamed(appId) });
  });
  return api;
}
