import { apiRoutes, routePath, type ApiRoute } from '@citadel/protocol/api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { testDatabases } from './support/databases.js';
import { BUILT_APP_DIR, citizenClient, HOST, smsGateway, testManifest, testPlatform, partnerAuth } from './support/platform.js';
import { registerWithCode } from './support/sign-up.js';

/** Public answers that may be cached, each with the header it chose; every other answer is `no-store`. */
const PUBLIC: Readonly<Record<string, string>> = { '/api/apps': 'no-cache', '/api/alerts': 'no-cache', '/api/city': 'public, max-age=300' };

describe.each(testDatabases)('cache headers on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  let partnerHeaders: Record<string, string>;
  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db, { apps: [{ manifest: testManifest('water', ['identity', 'payments']), dir: BUILT_APP_DIR }] });
    partnerHeaders = await partnerAuth(server, 'water');
  });
  afterAll(() => db.close());

  const getRoutes = Object.values(apiRoutes as Record<string, ApiRoute>).filter((r) => r.method === 'get');

  it('answers every GET route of the table with no-store, signed out and with credentials, unless it is public', async () => {
    const citizen = citizenClient(server);
    await registerWithCode(citizen, smsGateway, { phone: '0912345670', password: 'mật khẩu dài', name: 'Khách' });
    expect(getRoutes.length).toBeGreaterThan(15);
    for (const route of getRoutes) {
      const path = routePath(route).replace(/:(\w+)/g, 'water');
      for (const signedIn of [false, true]) {
        // The developer API answers on the console's origin; its app routes take the app's credentials there too.
        const host = route.audience === 'developer' ? 'console.localhost:8080' : HOST;
        const credentials = route.audience === 'partner' || route.audience === 'developer' ? partnerHeaders : { cookie: citizen.cookie };
        const headers = { host, ...(signedIn ? credentials : {}) };
        const response = await server.app.request(`http://${host}${path}`, { headers });
        expect(response.headers.get('cache-control'), `${path} ${signedIn ? 'signed in' : 'signed out'} (${response.status})`).toBe(PUBLIC[path] ?? 'no-store');
        // A live event stream stays open: the header is all this test reads of it.
        await response.body?.cancel();
      }
    }
  });

  it('answers the developer API\'s paths on the host\'s origin with a no-store 404', async () => {
    const response = await server.app.request(`http://${HOST}/api/developer/v1/orgs`, { headers: { host: HOST } });
    expect(response.status).toBe(404);
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('keeps the public keys cacheable', async () => {
    const response = await server.app.request(`http://${HOST}/.well-known/jwks.json`, { headers: { host: HOST } });
    expect(response.headers.get('cache-control')).toBe('public, max-age=60');
  });
});
