import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCitizens } from '../../src/accounts/citizens.js';
import type { Database } from '../../src/db/database.js';
import { testDatabases } from '../support/databases.js';
import { CONSOLE_HOST, CONSOLE_ORIGIN, HOST, citizenClient, smsGateway, testPlatform } from '../support/platform.js';
import { registerWithCode } from '../support/sign-up.js';
import { serve } from '@hono/node-server';
import { createLinkedApp } from './fixtures/linked-app.js';
import { minimalBundle, minimalManifest, zipFiles } from '../../../bundle-checks/test/zip-fixtures.js';

/** A partner's own origin on loopback, serving the proof with `token` and a page only the host may frame. */
async function partnerOrigin(appId: string, token: string) {
  const server = serve({ fetch: createLinkedApp({ appId, token, hostOrigin: 'http://localhost:8080' }).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise((ready) => server.once('listening', ready));
  const { port } = server.address() as { port: number };
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((done) => server.close(() => done())) };
}

const BASE = '/api/developer/v1';
// The developer API answers on the console's origin only (docs/publish-your-app.md): sessions are the console's, and
// CI calls it there too.

describe.each(testDatabases)('the developer API: organisations, upload, review, staged release, rollback on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  let owner: ReturnType<typeof citizenClient>;
  let reviewer: ReturnType<typeof citizenClient>;
  const upload = async (client: ReturnType<typeof citizenClient>, appId: string, files: Record<string, string | Uint8Array>) => {
    const response = await server.app.request(`${CONSOLE_ORIGIN}${BASE}/apps/${appId}/versions`, {
      method: 'POST',
      headers: { host: CONSOLE_HOST, origin: CONSOLE_ORIGIN, 'content-type': 'application/zip', ...(client.cookie ? { cookie: client.cookie } : {}) },
      body: new Blob([zipFiles(files) as Uint8Array<ArrayBuffer>]),
    });
    return { status: response.status, body: (await response.json()) as any };
  };
  const manifest = (version: string, permissions: string[] = []) => JSON.stringify({ ...minimalManifest('parking', permissions), version });

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db);
    owner = citizenClient(server, { host: CONSOLE_HOST });
    await registerWithCode(owner, smsGateway, { phone: '0905111222', password: 'mật khẩu dài', name: 'Chủ doanh nghiệp' });
    reviewer = citizenClient(server, { host: CONSOLE_HOST });
    await registerWithCode(reviewer, smsGateway, { phone: '0905333444', password: 'mật khẩu dài', name: 'Người duyệt' });
    await createCitizens(db).setRole('+84905333444', 'reviewer', true);
  });
  afterAll(() => db.close());

  it('creates an organisation and an app, refusing a name that reads as another app\'s', async () => {
    expect((await owner.post(`${BASE}/orgs`, { id: 'hue-parking', name: 'Bãi xe Huế' })).status).toBe(201);
    expect((await owner.get(`${BASE}/orgs`)).body.orgs).toEqual([expect.objectContaining({ id: 'hue-parking', role: 'owner' })]);
    const clash = await owner.post(`${BASE}/orgs/hue-parking/apps`, { id: 'w4ter', name: { vi: 'Nước', en: 'Water' }, kind: 'hosted' });
    expect(clash).toMatchObject({ status: 409, body: { code: 'NAME_CLASH', clash: { kind: 'app', appId: 'water' } } });
    const created = await owner.post(`${BASE}/orgs/hue-parking/apps`, { id: 'parking', name: { vi: 'Gửi xe', en: 'Parking' }, kind: 'hosted' });
    expect(created).toMatchObject({ status: 201, body: { app: { id: 'parking', orgId: 'hue-parking', kind: 'hosted', release: null } } });
    // Someone outside the organisation sees no such app.
    expect((await reviewer.get(`${BASE}/apps/parking/versions`)).status).toBe(404);
  });

  it('refuses a bundle holding a secret, naming the finding; takes the fixed one as a draft, and a reviewer approves it', async () => {
    const leaked = await upload(owner, 'parking', minimalBundle({ 'assets/config.js': `export const secret = "cs_${'A'.repeat(43)}";` }));
    expect(leaked).toMatchObject({ status: 422, body: { code: 'BUNDLE_REFUSED' } });
    expect(leaked.body.report.findings).toEqual(expect.arrayContaining([expect.objectContaining({ check: 'secret', file: 'assets/config.js', severity: 'error' })]));
    expect(JSON.stringify(leaked.body)).not.toContain('A'.repeat(43));
    expect((await owner.get(`${BASE}/apps/parking/versions`)).body.versions).toEqual([]);

    const fixed = await upload(owner, 'parking', minimalBundle());
    expect(fixed).toMatchObject({ status: 201, body: { version: { number: 1, state: 'draft' } } });
    expect((await upload(owner, 'parking', minimalBundle())).status).toBe(200); // the same files: the same version
    // Not approved: cannot be released.
    expect((await owner.put(`${BASE}/apps/parking/release`, { version: 1, percent: 100 })).body.code).toBe('VERSION_NOT_APPROVED');
    expect((await owner.post(`${BASE}/apps/parking/versions/1/submit`)).body.version.state).toBe('in_review');
    expect((await owner.get(`${BASE}/review`)).status).toBe(403);
    const queue = (await reviewer.get(`${BASE}/review`)).body.items;
    expect(queue).toEqual([expect.objectContaining({ appId: 'parking', permissions: { added: [], removed: [] } })]);
    expect((await reviewer.post(`${BASE}/review/parking/1`, { approve: false })).body.code).toBe('INVALID_PARAMS');
    expect((await reviewer.post(`${BASE}/review/parking/1`, { approve: true })).body.version.state).toBe('approved');
  });

  it('releases to 50 % then 100 %, shows the new permission to the reviewer, and rolls back in one action; CI does the same with the app\'s credentials', async () => {
    expect((await owner.put(`${BASE}/apps/parking/release`, { version: 1, percent: 50 })).body.release).toEqual({ stable: 1, rollout: null, percent: 0, paused: false });
    // What the host opens for a citizen (the citizen API is the host's).
    const launch = async () => (await citizenClient(server).get('/api/apps/parking/launch')).body.manifest;
    expect((await launch()).version).toBe('1.0.0');
    // Version 2 adds payments (and calls it): the reviewer sees the permission added.
    const two = await upload(owner, 'parking', minimalBundle({
      'manifest.json': manifest('1.1.0', ['payments']),
      'assets/index.js': 'import{connect as c}from"./sdk.js";c().then(e=>e.payments.pay({orderId:"o"}));',
    }));
    expect(two).toMatchObject({ status: 201, body: { version: { number: 2 } } });
    await owner.post(`${BASE}/apps/parking/versions/2/submit`);
    expect((await reviewer.get(`${BASE}/review`)).body.items[0].permissions).toEqual({ added: ['payments'], removed: [] });
    await reviewer.post(`${BASE}/review/parking/2`, { approve: true, reason: 'payments checked' });
    expect((await owner.put(`${BASE}/apps/parking/release`, { version: 2, percent: 50 })).body.release).toEqual({ stable: 1, rollout: 2, percent: 50, paused: false });
    expect((await owner.put(`${BASE}/apps/parking/release`, { version: 2, percent: 100 })).body.release).toEqual({ stable: 2, rollout: null, percent: 0, paused: false });
    expect((await launch()).version).toBe('1.1.0');
    expect((await owner.post(`${BASE}/apps/parking/rollback`, { version: 1 })).body.release).toEqual({ stable: 1, rollout: null, percent: 0, paused: false });
    expect((await launch()).version).toBe('1.0.0');

    // A CI pipeline: the app's own credentials, no session, no Origin.
    const issued = await server.credentials.issue('parking');
    const basic = { authorization: `Basic ${Buffer.from(`${issued.clientId}:${issued.clientSecret}`).toString('base64')}` };
    const ci = (host: string) => server.app.request(`http://${host}${BASE}/apps/parking/release`, {
      method: 'PUT', headers: { host, 'content-type': 'application/json', ...basic }, body: JSON.stringify({ version: 2, percent: 100 }),
    });
    expect((await ci(CONSOLE_HOST)).status).toBe(200);
    // Not on the host's origin, where the developer API does not answer.
    expect((await ci(HOST)).status).toBe(404);
    // Another app's credentials reach nothing of this app.
    const water = await server.credentials.issue('water');
    const other = await server.app.request(`${CONSOLE_ORIGIN}${BASE}/apps/parking/versions`, {
      headers: { host: CONSOLE_HOST, authorization: `Basic ${Buffer.from(`${water.clientId}:${water.clientSecret}`).toString('base64')}` },
    });
    expect(other.status).toBe(404);
    // Every action is audited.
    const actions = (await db.query<{ action: string }>("SELECT action FROM partner_audit WHERE app_id = 'parking' ORDER BY id")).map((r) => r.action);
    expect(actions).toEqual(expect.arrayContaining(['app.create', 'version.create', 'version.in_review', 'version.approved', 'release', 'rollback']));
    // The decisions went out as signed webhooks (queued in the outbox).
    const events = (await db.query<{ event_type: string }>("SELECT event_type FROM webhook_outbox WHERE app_id = 'parking' ORDER BY created_at")).map((r) => r.event_type);
    expect(events).toEqual(['app.version.approved', 'app.version.approved']);
  });

  it('takes a linked app\'s version only once its own origin serves the proof, and frames it from that origin', async () => {
    expect((await owner.post(`${BASE}/orgs/hue-parking/apps`, { id: 'bus-times', name: { vi: 'Giờ xe buýt', en: 'Bus times' }, kind: 'linked' })).status).toBe(201);
    const proof = (await owner.get(`${BASE}/apps/bus-times/linked-proof`)).body;
    expect(proof).toEqual({ path: '/.well-known/citadel-app.json', proof: { appId: 'bus-times', token: expect.stringMatching(/^citadel-app-verify=/) } });
    const linked = (origin: string) => ({ ...minimalManifest('bus-times'), name: { vi: 'Giờ xe buýt', en: 'Bus times' }, icons: [{ src: `${origin}/icon.svg`, sizes: 'any' }], entry: `${origin}/` });

    const wrong = await partnerOrigin('bus-times', 'citadel-app-verify=not-the-one');
    try {
      const refused = await owner.post(`${BASE}/apps/bus-times/linked-versions`, { manifest: linked(wrong.origin) });
      expect(refused).toMatchObject({ status: 422, body: { code: 'ORIGIN_NOT_VERIFIED', refusal: 'TOKEN_MISMATCH' } });
    } finally {
      await wrong.close();
    }
    const right = await partnerOrigin('bus-times', proof.proof.token);
    try {
      const added = await owner.post(`${BASE}/apps/bus-times/linked-versions`, { manifest: linked(right.origin) });
      expect(added).toMatchObject({ status: 201, body: { version: { number: 1, state: 'draft', files: [] } } });
      await owner.post(`${BASE}/apps/bus-times/versions/1/submit`);
      await reviewer.post(`${BASE}/review/bus-times/1`, { approve: true });
      await owner.put(`${BASE}/apps/bus-times/release`, { version: 1, percent: 100 });
      // The host frames the partner's origin itself: the entry is not rewritten, and the host's frame-src lists it.
      expect((await citizenClient(server).get('/api/apps/bus-times/launch')).body.manifest.entry).toBe(`${right.origin}/`);
      const host = await server.app.request(`http://${HOST}/`, { headers: { host: HOST } });
      expect(host.headers.get('content-security-policy')).toContain(right.origin);
      // The platform serves nothing of a linked app on its own app origins.
      expect((await server.app.request('http://bus-times.apps.localhost:8080/', { headers: { host: 'bus-times.apps.localhost:8080' } })).status).toBe(404);
    } finally {
      await right.close();
    }
  });

  it('refuses a write from another origin, and an upload that is not a zip', async () => {
    const cross = await owner.post(`${BASE}/orgs`, { id: 'other-org', name: 'X' }, { origin: 'http://evil.localhost:8080' });
    expect(cross).toMatchObject({ status: 403, body: { code: 'CROSS_SITE' } });
    const notZip = await server.app.request(`${CONSOLE_ORIGIN}${BASE}/apps/parking/versions`, {
      method: 'POST', headers: { host: CONSOLE_HOST, origin: CONSOLE_ORIGIN, 'content-type': 'application/zip', cookie: owner.cookie }, body: 'not a zip',
    });
    expect(notZip.status).toBe(422);
    expect(((await notZip.json()) as any).bundle.code).toBe('NOT_A_ZIP');
  });
});
