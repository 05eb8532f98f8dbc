import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testDatabases } from './support/databases.js';
import { HOST, testManifest, testPlatform } from './support/platform.js';

describe.each(testDatabases)('app registry and partner credentials on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  const request = (path: string, host = HOST, headers: Record<string, string> = {}) =>
    server.app.request(`http://x${path}`, { headers: { host, ...headers } });
  const basic = (id: string, secret: string) => ({ authorization: `Basic ${Buffer.from(`${id}:${secret}`).toString('base64')}` });

  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db);
  });
  afterAll(() => db.close());

  it('seeds hosted apps once, keeping an operator’s status across restarts', async () => {
    expect((await (await request('/api/apps')).json() as { apps: Array<{ id: string }> }).apps.map((a) => a.id)).toEqual(['quiet', 'school', 'water']);
    await server.admin.setStatus('school', 'suspended');
    const restarted = await testPlatform(db);
    const apps = (await (await restarted.app.request('http://x/api/apps', { headers: { host: HOST } })).json()) as { apps: Array<{ id: string }> };
    expect(apps.apps.map((a) => a.id)).toEqual(['quiet', 'water']);
    await server.admin.setStatus('school', 'active');
  });

  it('is a kill switch: a suspended app is refused at launch, not served, and leaves the host’s frame-src', async () => {
    expect(await (await request('/api/apps/water/launch')).json()).toMatchObject({ manifest: { id: 'water', entry: expect.stringMatching(/^http:\/\/water\.apps\.localhost:8080\/\?citadel_version=[0-9a-f]{16}$/) } });
    await server.admin.setStatus('water', 'suspended');
    const launch = await request('/api/apps/water/launch');
    expect(launch.status).toBe(403);
    expect(await launch.json()).toMatchObject({ code: 'APP_SUSPENDED' });
    const page = await request('/', 'water.apps.localhost:8080');
    expect(page.status).toBe(403);
    expect((await request('/api/apps/nope-app/launch')).status).toBe(404);
    await server.admin.setStatus('water', 'active');
    expect((await request('/api/apps/water/launch')).status).toBe(200);
  });

  it('registers a manifest only when the protocol schema accepts it', async () => {
    await expect(server.admin.register({ ...testManifest('broken'), entry: 'ftp://x' })).rejects.toThrow(/entry/);
    expect(await server.admin.register(testManifest('tourism'))).toEqual({ id: 'tourism', created: true });
    expect(await server.admin.register(testManifest('tourism'))).toEqual({ id: 'tourism', created: false });
  });

  it('issues credentials whose secret is stored only as a digest, and authenticates the partner API with them', async () => {
    const issued = await server.credentials.issue('water');
    expect(issued.clientSecret).toMatch(/^cs_[\w-]{43}$/);
    const stored = await db.query<{ secret_digest: string }>('SELECT secret_digest FROM app_credentials WHERE client_id = $1', [issued.clientId]);
    expect(stored[0]!.secret_digest).not.toContain(issued.clientSecret.slice(3));
    const ok = await request('/api/partner/v1/app', HOST, basic(issued.clientId, issued.clientSecret));
    expect(await ok.json()).toEqual({ id: 'water', status: 'active', suspension: null, name: { vi: 'Ứng dụng water', en: 'App water' } });
    for (const headers of [basic(issued.clientId, 'cs_wrong'), basic('ck_unknown', issued.clientSecret), { authorization: 'Bearer x' }, {}]) {
      const refused = await request('/api/partner/v1/app', HOST, headers);
      expect(refused.status).toBe(401);
      expect(await refused.json()).toMatchObject({ code: 'UNAUTHENTICATED' });
    }
  });

  it('rotates with overlap: old and new secrets both work until the overlap ends', async () => {
    const first = await server.credentials.issue('school');
    const second = await server.credentials.rotate('school', 3600);
    expect((await request('/api/partner/v1/app', HOST, basic(first.clientId, first.clientSecret))).status).toBe(200);
    expect((await request('/api/partner/v1/app', HOST, basic(second.clientId, second.clientSecret))).status).toBe(200);
    await db.query("UPDATE app_credentials SET expires_at = now() - interval '1 second' WHERE client_id = $1", [first.clientId]);
    expect((await request('/api/partner/v1/app', HOST, basic(first.clientId, first.clientSecret))).status).toBe(401);
    expect((await request('/api/partner/v1/app', HOST, basic(second.clientId, second.clientSecret))).status).toBe(200);
  });

  it('sends a strict CSP and frame-ancestors none on host pages, and no cookie to app origins', async () => {
    const host = await request('/');
    const csp = host.headers.get('content-security-policy')!;
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain('frame-src http://quiet.apps.localhost:8080 http://school.apps.localhost:8080');
    const jwks = await request('/.well-known/jwks.json');
    expect(jwks.headers.get('access-control-allow-origin')).toBe('*');
    expect((await jwks.json() as { keys: unknown[] }).keys.length).toBeGreaterThan(0);
  });
});
