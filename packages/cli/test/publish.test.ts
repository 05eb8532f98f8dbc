import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { credentialFormat } from '@citadel/protocol/api';
import type { Database } from '../../server/src/db/database.js';
import { testDatabases } from '../../server/test/support/databases.js';
import { citizenClient, smsGateway, testPlatform } from '../../server/test/support/platform.js';
import { registerWithCode } from '../../server/test/support/sign-up.js';
import { minimalBundle, minimalManifest } from '../../bundle-checks/test/zip-fixtures.js';
import { folderOf, runCli } from './run-cli.js';

// Issue 15, done when: "`citadel publish` puts a version into review on a running platform". The platform listens on
// a free port; the CLI, a child process, reaches its console origin (console.localhost:<port>) with the app's
// partner credentials issued by the platform, as a CI pipeline does.

const BASE = '/api/developer/v1';

describe.each(testDatabases)('citadel publish against a running platform on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  let close: () => Promise<void>;
  let owner: ReturnType<typeof citizenClient>;
  let env: Record<string, string>;

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db, { port: 0, deliverWebhooks: false, deliverPushes: false });
    const listening = await server.listen();
    close = () => listening.close();
    const consoleHost = `console.localhost:${listening.port}`;
    owner = citizenClient(server, { host: consoleHost });
    await registerWithCode(owner, smsGateway, { phone: '0905777888', password: 'mật khẩu dài', name: 'Chủ bãi xe' });
    expect((await owner.post(`${BASE}/orgs`, { id: 'hue-parking', name: 'Bãi xe Huế' })).status).toBe(201);
    const created = await owner.post(`${BASE}/orgs/hue-parking/apps`, { id: 'parking', name: { vi: 'Gửi xe', en: 'Parking' }, kind: 'hosted' });
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const issued = await server.credentials.issue('parking');
    env = { CITADEL_CLIENT_ID: issued.clientId, CITADEL_CLIENT_SECRET: issued.clientSecret, CITADEL_CONSOLE_URL: `http://${consoleHost}` };
  });
  afterAll(async () => {
    await close?.();
    await db?.close();
  });

  it('uploads a built folder and submits it: the version is in review, as the organisation sees it', async () => {
    const run = await runCli(['publish', folderOf(minimalBundle())], env);
    expect(run, run.stderr).toMatchObject({ code: 0 });
    expect(run.stdout).toContain('✓ parking: version 1 is in review');
    const versions = await owner.get(`${BASE}/apps/parking/versions`);
    expect(versions.body.versions).toEqual([expect.objectContaining({ number: 1, state: 'in_review' })]);
  });

  it('prints a refused bundle\'s findings with file and line, exit 1, and stores nothing', async () => {
    const secret = `${credentialFormat.clientSecret.prefix}${randomBytes(credentialFormat.clientSecret.bytes).toString('base64url')}`;
    const leaky = minimalBundle({ 'manifest.json': JSON.stringify({ ...minimalManifest(), version: '1.0.1' }), 'assets/keys.js': `\nexport const s = "${secret}";` });
    const run = await runCli(['publish', folderOf(leaky)], env);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/^error\s+assets\/keys\.js:2\s+/m);
    expect(run.stderr).toContain('✗ citadel publish: 422 BUNDLE_REFUSED');
    expect(run.stderr).not.toContain(secret);
    expect((await owner.get(`${BASE}/apps/parking/versions`)).body.versions).toHaveLength(1);
  });

  it('prints refusals plainly: a wrong secret (401), another app\'s id (404), no credentials at all', async () => {
    const bundle = folderOf(minimalBundle({ 'manifest.json': JSON.stringify({ ...minimalManifest(), version: '1.0.2' }) }));
    const wrong = await runCli(['publish', bundle], { ...env, CITADEL_CLIENT_SECRET: `${credentialFormat.clientSecret.prefix}${randomBytes(32).toString('base64url')}` });
    expect(wrong.code).toBe(1);
    expect(wrong.stderr).toContain('✗ citadel publish: 401 UNAUTHENTICATED: ');
    const elsewhere = folderOf(minimalBundle({ 'manifest.json': JSON.stringify(minimalManifest('water')) }));
    const other = await runCli(['publish', elsewhere], env);
    expect(other.code).toBe(1);
    expect(other.stderr).toContain('✗ citadel publish: 404 NOT_FOUND');
    const none = await runCli(['publish', bundle], { CITADEL_CLIENT_ID: '', CITADEL_CLIENT_SECRET: '', CITADEL_CONSOLE_URL: '' });
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('MISSING_ENV: Set CITADEL_CLIENT_ID, CITADEL_CLIENT_SECRET, CITADEL_CONSOLE_URL');
    expect((await owner.get(`${BASE}/apps/parking/versions`)).body.versions).toHaveLength(1);
  });
});
