import { Hono, type Context, type MiddlewareHandler } from 'hono';
import { developerRoutes as routes, LINKED_APP_PROOF_PATH } from '@citadel/protocol/api';
import type { Manifest } from '@citadel/protocol';
import { ApiError } from '../errors.js';
import { createPublishedApps } from '../publishing/apps.js';
import { developerApps } from '../publishing/developer-apps.js';
import { checkBundle, isBundleError, readBundle, type CheckReport } from '@citadel/bundle-checks';
import type { Person } from '../publishing/orgs.js';
import { newVerificationToken, verifyLinkedOrigin } from '../publishing/linked/index.js';
import { createReleases, type Release } from '../publishing/releases.js';
import type { AppVersion } from '../publishing/version-types.js';
import { createVersions } from '../publishing/versions.js';
import { createDeveloperAccess, noSuchApp, noSuchOrg, type DeveloperAccessDeps, type DeveloperEnv } from './developer-access.js';
import { developerCredentialRoutes } from './developer-credential-routes.js';
import { developerWebhookRoutes } from './developer-webhook-routes.js';
import { requireRole } from './guards.js';
import { phoneOf } from './phone-param.js';
import { answer, jsonOf, paramsOf } from './validate.js';

const noSuchVersion = () => new ApiError(404, 'NOT_FOUND', 'No such version');

/** A version as the developer API shows it. */
const versionJson = (version: AppVersion) => ({
  number: version.number, state: version.state, reason: version.reason, createdAt: version.createdAt.toISOString(),
  manifest: version.manifest, findings: ((version.report as Partial<CheckReport> | null)?.findings ?? []).map((f) => ({ ...f })),
  files: [...version.files],
});
const releaseJson = (release: Release) => ({ ...release });
const permissionsOf = (manifest: Manifest | undefined) => new Set((manifest?.permissions ?? []).map((p) => p.name));

/**
 * The developer API (docs/publish-your-app.md): organisations and members for a signed-in person; an app's versions
 * and release for its organisation's owners and developers, or for the app's own partner credentials (HTTP Basic,
 * a CI pipeline); the review queue for reviewers. Every change is audited (`partner_audit`).
 */
export function developerRoutes(deps: DeveloperAccessDeps & {
  /** Called after a webhook is queued (a review decision, a test event, a delivery sent again). */
  queued: () => void;
  /** Called after a release changes (a first release adds an origin the host may frame). */
  released: () => void;
  /** The host's origin, which a linked app must let frame it (and only it). */
  hostOrigin: () => string;
  /** Development: a linked app may be on plain-http loopback. */
  development: boolean;
}) {
  const api = new Hono<DeveloperEnv>();
  const { db } = deps;
  const { orgs, signedIn, memberOf, appAccess: appAccessFor } = createDeveloperAccess(deps);
  const apps = createPublishedApps(db);
  const versions = createVersions(db);
  const releases = createReleases(db);
  const person = (c: Context<DeveloperEnv>): Person => {
    const citizen = c.get('citizen');
    return { id: citizen.id, phone: citizen.phone, phoneVerified: citizen.phoneVerified };
  };
  /** An app route: the app's own credentials, or a session of an owner or developer of the app's organisation. */
  const appAccess = appAccessFor(['owner', 'developer']);
  const reviewer: MiddlewareHandler<DeveloperEnv> = (c, next) => signedIn(c, async () => { await requireRole('reviewer')(c, next); });
  const actor = (c: Context<DeveloperEnv>) => (c.get('partnerAppId') ? undefined : c.get('citizen')?.id);
  api.route('/', developerCredentialRoutes({ db, appAccess, actor }));
  api.route('/', developerWebhookRoutes({ db, appAccess, actor, development: deps.development, queued: deps.queued }));

  api.get(routes.orgs.path, signedIn, async (c) => answer(c, routes.orgs, 200, { orgs: await orgs.list(person(c)) }));
  api.post(routes.createOrg.path, signedIn, jsonOf(routes.createOrg), async (c) =>
    answer(c, routes.createOrg, 201, { org: await orgs.create(person(c), c.req.valid('json')) }));
  api.get(routes.members.path, signedIn, paramsOf(routes.members, noSuchOrg), async (c) => {
    const { orgId } = c.req.valid('param');
    await memberOf(c, orgId, ['owner', 'developer', 'finance']);
    return answer(c, routes.members, 200, { members: await orgs.members(orgId) });
  });
  api.post(routes.invite.path, signedIn, paramsOf(routes.invite, noSuchOrg), jsonOf(routes.invite), async (c) => {
    const { orgId } = c.req.valid('param');
    await memberOf(c, orgId, ['owner']);
    const { phone, role } = c.req.valid('json');
    // Stored as sign-up stores numbers (E.164), so `0905 600 700` and `+84905600700` invite the same person.
    await orgs.invite(orgId, person(c), phoneOf(phone), role);
    return answer(c, routes.invite, 200, { members: await orgs.members(orgId) });
  });

  const appJson = async (id: string) => {
    const [app] = await developerApps(db, 'a.id = $1', [id]);
    if (!app) throw noSuchApp();
    const { orgName: _orgName, ...shown } = app;
    return shown;
  };
  api.get(routes.orgApps.path, signedIn, paramsOf(routes.orgApps, noSuchOrg), async (c) => {
    const { orgId } = c.req.valid('param');
    await memberOf(c, orgId, ['owner', 'developer', 'finance']);
    return answer(c, routes.orgApps, 200, { apps: (await developerApps(db, 'a.org_id = $1', [orgId])).map(({ orgName: _orgName, ...app }) => app) });
  });
  api.post(routes.createApp.path, signedIn, paramsOf(routes.createApp, noSuchOrg), jsonOf(routes.createApp), async (c) => {
    const { orgId } = c.req.valid('param');
    await memberOf(c, orgId, ['owner', 'developer']);
    const body = c.req.valid('json');
    await apps.create({ ...body, orgId }, c.get('citizen').id);
    return answer(c, routes.createApp, 201, { app: await appJson(body.id) });
  });

  api.get(routes.versions.path, paramsOf(routes.versions, noSuchApp), appAccess, async (c) =>
    answer(c, routes.versions, 200, { versions: (await versions.list(c.req.valid('param').appId)).map(versionJson) }));
  api.post(routes.uploadVersion.path, paramsOf(routes.uploadVersion, noSuchApp), appAccess, async (c) => {
    const { appId } = c.req.valid('param');
    const type = c.req.header('content-type')?.split(';')[0]?.trim().toLowerCase();
    if (type !== 'application/zip') throw new ApiError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Upload the bundle as Content-Type: application/zip');
    const [app] = await db.query<{ kind: string }>('SELECT kind FROM apps WHERE id = $1', [appId]);
    if (app?.kind !== 'hosted') throw new ApiError(409, 'VERSION_STATE', 'Only a hosted app uploads bundles; a linked app\'s code stays on its own origin');
    let files;
    try {
      files = await readBundle(new Uint8Array(await c.req.arrayBuffer()));
    } catch (error) {
      if (isBundleError(error)) throw new ApiError(422, 'BUNDLE_REFUSED', error.message, { bundle: error.toJSON() });
      throw error;
    }
    const report = await checkBundle(files, { appId });
    const { version, created } = await versions.addHosted(appId, { files, report }, actor(c));
    return created ? answer(c, routes.uploadVersion, 201, { version: versionJson(version) }) : answer(c, routes.uploadVersion, 200, { version: versionJson(version) });
  });
  const linkedApp = async (appId: string) => {
    const [app] = await db.query<{ kind: string; linked_token: string | null }>('SELECT kind, linked_token FROM apps WHERE id = $1', [appId]);
    if (app?.kind !== 'linked') throw new ApiError(409, 'VERSION_STATE', 'Only a linked app proves an origin; a hosted app uploads bundles');
    if (app.linked_token) return app.linked_token;
    const token = newVerificationToken();
    // Two first asks at once keep one token.
    const [row] = await db.query<{ linked_token: string }>(
      'UPDATE apps SET linked_token = coalesce(linked_token, $2) WHERE id = $1 RETURNING linked_token', [appId, token]);
    return row!.linked_token;
  };
  api.get(routes.linkedProof.path, paramsOf(routes.linkedProof, noSuchApp), appAccess, async (c) => {
    const { appId } = c.req.valid('param');
    return answer(c, routes.linkedProof, 200, { path: LINKED_APP_PROOF_PATH, proof: { appId, token: await linkedApp(appId) } });
  });
  api.post(routes.addLinkedVersion.path, paramsOf(routes.addLinkedVersion, noSuchApp), appAccess, jsonOf(routes.addLinkedVersion), async (c) => {
    const { appId } = c.req.valid('param');
    const { manifest } = c.req.valid('json');
    if (manifest.id !== appId) throw new ApiError(400, 'INVALID_PARAMS', `manifest.id: must be "${appId}"`, { issues: [{ path: 'manifest.id', message: `must be "${appId}"` }] });
    const token = await linkedApp(appId);
    const verdict = await verifyLinkedOrigin({ appId, entry: manifest.entry, token, hostOrigin: deps.hostOrigin(), development: deps.development });
    if (!verdict.ok) throw new ApiError(422, 'ORIGIN_NOT_VERIFIED', verdict.message, { refusal: verdict.code, ...(verdict.detail ? { detail: verdict.detail } : {}) });
    const { version, created } = await versions.addLinked(appId, manifest, { origin: verdict.origin, verifiedAt: new Date().toISOString(), findings: [] }, actor(c));
    return created ? answer(c, routes.addLinkedVersion, 201, { version: versionJson(version) }) : answer(c, routes.addLinkedVersion, 200, { version: versionJson(version) });
  });
  api.post(routes.submitVersion.path, paramsOf(routes.submitVersion, noSuchVersion), appAccess, async (c) => {
    const { appId, number } = c.req.valid('param');
    return answer(c, routes.submitVersion, 200, { version: versionJson(await versions.submit(appId, number, actor(c))) });
  });
  api.put(routes.release.path, paramsOf(routes.release, noSuchApp), appAccess, jsonOf(routes.release), async (c) => {
    const { version, percent } = c.req.valid('json');
    const release = await releases.release(c.req.valid('param').appId, version, percent, actor(c));
    deps.released();
    return answer(c, routes.release, 200, { release: releaseJson(release) });
  });
  api.post(routes.pauseRelease.path, paramsOf(routes.pauseRelease, noSuchApp), appAccess, jsonOf(routes.pauseRelease), async (c) =>
    answer(c, routes.pauseRelease, 200, { release: releaseJson(await releases.pause(c.req.valid('param').appId, c.req.valid('json').paused, actor(c))) }));
  api.post(routes.rollback.path, paramsOf(routes.rollback, noSuchApp), appAccess, jsonOf(routes.rollback), async (c) =>
    answer(c, routes.rollback, 200, { release: releaseJson(await releases.rollback(c.req.valid('param').appId, c.req.valid('json').version, actor(c))) }));

  api.get(routes.reviewQueue.path, reviewer, async (c) => {
    const waiting = await db.query<{ app_id: string; number: number; name: Manifest['name'] | null; live: Manifest | null }>(
      `SELECT v.app_id, v.number, a.manifest -> 'name' AS name, s.manifest AS live
       FROM app_versions v JOIN apps a ON a.id = v.app_id
       LEFT JOIN app_releases r ON r.app_id = v.app_id LEFT JOIN app_versions s ON s.app_id = v.app_id AND s.number = r.stable_version
       WHERE v.state = 'in_review' ORDER BY v.submitted_at, v.app_id`);
    const items = await Promise.all(waiting.map(async (row) => {
      const version = await versions.get(row.app_id, row.number);
      const now = permissionsOf(version.manifest);
      const before = permissionsOf(row.live ?? undefined);
      return {
        appId: row.app_id, appName: row.name ?? version.manifest.name, version: versionJson(version),
        permissions: { added: [...now].filter((p) => !before.has(p)), removed: [...before].filter((p) => !now.has(p)) },
      };
    }));
    return answer(c, routes.reviewQueue, 200, { items });
  });
  api.post(routes.decide.path, reviewer, paramsOf(routes.decide, noSuchVersion), jsonOf(routes.decide), async (c) => {
    const { appId, number } = c.req.valid('param');
    const { approve, reason } = c.req.valid('json');
    if (!approve && !reason) throw new ApiError(400, 'INVALID_PARAMS', 'reason: a rejection says why', { issues: [{ path: 'reason', message: 'a rejection says why' }] });
    const decided = await versions.decide(appId, number, { approve, ...(reason ? { reason } : {}) }, c.get('citizen').id);
    deps.queued();
    return answer(c, routes.decide, 200, { version: versionJson(decided) });
  });
  return api;
}
