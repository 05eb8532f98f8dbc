import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { routeFor } from '../src/host-routing.js';
import { createPublishedApps } from '../src/publishing/apps.js';
import { testDatabases } from './support/databases.js';
import { CONSOLE_HOST, CONSOLE_ORIGIN, HOST_ORIGIN, citizenClient, smsGateway, testManifest, testPlatform } from './support/platform.js';
import { registerWithCode, signInWithCode } from './support/sign-up.js';

const consoleDir = mkdtempSync(join(tmpdir(), 'citadel-console-'));
mkdirSync(join(consoleDir, 'assets'));
writeFileSync(join(consoleDir, 'index.html'), '<!doctype html><title>console</title>');
writeFileSync(join(consoleDir, 'assets/console-abc123.js'), 'export {}');

describe('routing by Host', () => {
  it('sends console.<publicHost>:<port> to the console, exactly', () => {
    expect(routeFor('console.localhost:8080', 'localhost', 8080)).toEqual({ kind: 'console' });
    expect(routeFor('CONSOLE.localhost:8080', 'localhost', 8080)).toEqual({ kind: 'console' });
    expect(routeFor('console.localhost:8081', 'localhost', 8080)).toBeUndefined();
    expect(routeFor('x.console.localhost:8080', 'localhost', 8080)).toBeUndefined();
    expect(routeFor('console.localhost.evil:8080', 'localhost', 8080)).toBeUndefined();
    expect(routeFor('localhost:8080', 'localhost', 8080)).toEqual({ kind: 'host' });
    // An app named `console` would be under apps.: no app may take the id (below), and it is not the console.
    expect(routeFor('console.apps.localhost:8080', 'localhost', 8080)).toEqual({ kind: 'app', id: 'console' });
  });
});

describe.each(testDatabases)('the developer console origin on $name', ({ open }) => {
  let db: Database;
  let server: Awaited<ReturnType<typeof testPlatform>>;
  const phone = '0912300400';
  const password = 'mật khẩu dài';
  beforeAll(async () => {
    db = await open();
    server = await testPlatform(db, { consoleDir });
    const host = citizenClient(server);
    expect((await registerWithCode(host, smsGateway, { phone, password, name: 'Lan' })).status).toBe(201);
  });
  afterAll(() => db.close());

  const consoleClient = () => citizenClient(server, { host: CONSOLE_HOST });
  const signedInOn = async (client: ReturnType<typeof citizenClient>) => {
    const answer = await signInWithCode(client, smsGateway, { phone, password });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    return client;
  };

  it('serves the console page, for client-side routes too, with headers that frame nothing', async () => {
    for (const path of ['/', '/orgs/acme']) {
      const response = await server.app.request(`${CONSOLE_ORIGIN}${path}`, { headers: { host: CONSOLE_HOST, 'sec-fetch-mode': 'navigate' } });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>console</title>');
      const csp = response.headers.get('content-security-policy')!;
      for (const directive of ["default-src 'self'", "script-src 'self'", "frame-ancestors 'none'", "frame-src 'none'", "object-src 'none'", "base-uri 'none'"]) {
        expect(csp).toContain(directive);
      }
      expect(csp).not.toContain('unsafe-inline');
      expect(response.headers.get('x-frame-options')).toBe('DENY');
      expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    }
    const script = await server.app.request(`${CONSOLE_ORIGIN}/assets/console-abc123.js`, { headers: { host: CONSOLE_HOST } });
    expect(script.headers.get('content-type')).toContain('javascript');
    // The host's files are not the console's.
    const hostPage = await server.app.request(`${CONSOLE_ORIGIN}/icon.svg`, { headers: { host: CONSOLE_HOST } });
    expect(hostPage.status).toBe(404);
  });

  it('signs in on the console with a code (a new browser there), with a host-only cookie, and says who is signed in', async () => {
    const client = consoleClient();
    const first = await client.post('/api/auth/signin', { phone, password });
    expect(first.status).toBe(202);
    const answer = await client.post('/api/auth/signin', { phone, password, code: smsGateway.lastCode(phone) });
    expect(answer.status).toBe(200);
    const session = answer.headers.getSetCookie().find((line) => line.startsWith('citadel_session='))!;
    expect(session).toContain('HttpOnly');
    expect(session).toContain('SameSite=Strict');
    expect(session).not.toMatch(/Domain=/i);
    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.citizen.name).toBe('Lan');
    expect(me.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
  });

  it('accepts a console session only on the console, and a host session only on the host', async () => {
    const onConsole = await signedInOn(consoleClient());
    const onHost = await signedInOn(citizenClient(server));
    const hostWithConsoleCookie = citizenClient(server);
    hostWithConsoleCookie.cookie = onConsole.cookie;
    expect((await hostWithConsoleCookie.get('/api/me')).status).toBe(401);
    expect((await hostWithConsoleCookie.get('/api/sessions')).status).toBe(401);
    const consoleWithHostCookie = consoleClient();
    consoleWithHostCookie.cookie = onHost.cookie;
    const refused = await consoleWithHostCookie.get('/api/me');
    expect(refused.status).toBe(401);
    expect(refused.body.code).toBe('UNAUTHENTICATED');
    // Each still works where it was made.
    expect((await onConsole.get('/api/me')).status).toBe(200);
    expect((await onHost.get('/api/me')).status).toBe(200);
    // Signing out on the console ends the console's session only.
    expect((await onConsole.post('/api/auth/signout')).status).toBe(204);
    expect((await onConsole.get('/api/me')).status).toBe(401);
    expect((await onHost.get('/api/me')).status).toBe(200);
  });

  it('refuses a state-changing request whose Origin is not the site it came to', async () => {
    const fromHostPage = citizenClient(server, { host: CONSOLE_HOST, origin: HOST_ORIGIN });
    const toConsole = await fromHostPage.post('/api/auth/signin', { phone, password });
    expect(toConsole.status).toBe(403);
    expect(toConsole.body.code).toBe('CROSS_SITE');
    const fromConsolePage = citizenClient(server, { origin: CONSOLE_ORIGIN });
    const toHost = await fromConsolePage.post('/api/auth/signin', { phone, password });
    expect(toHost.status).toBe(403);
    expect(toHost.body.code).toBe('CROSS_SITE');
    const signedIn = await signedInOn(consoleClient());
    const forged = citizenClient(server, { host: CONSOLE_HOST, origin: 'http://evil.localhost:8080' });
    forged.cookie = signedIn.cookie;
    expect((await forged.post('/api/auth/signout')).body.code).toBe('CROSS_SITE');
    expect((await signedIn.get('/api/me')).status).toBe(200);
    // HTTP Basic does not open the citizen routes to other pages: only the developer API's pipeline calls skip the rule.
    const withBasic = await forged.post('/api/auth/signout', undefined, { authorization: 'Basic eDp5' });
    expect(withBasic.body.code).toBe('CROSS_SITE');
  });

  it('answers 404 on the console for everything but sign-in, GET /api/me and the developer API', async () => {
    const client = await signedInOn(consoleClient());
    for (const path of ['/api/apps', '/api/sessions', '/api/me/pin', '/api/wallet', '/api/me/events', '/api/health', '/api/openapi.json', '/.well-known/jwks.json', '/api/dev/sms']) {
      const answer = await client.get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.code, path).toBe('NOT_FOUND');
    }
    for (const path of ['/api/auth/passkey/options', '/api/me/verification', '/api/me/phone', '/api/alerts']) {
      expect((await client.post(path, {})).status, path).toBe(404);
    }
  });

  it('answers the developer API on the console, with its OpenAPI document naming the console\'s origin', async () => {
    const client = consoleClient();
    expect((await client.get('/api/developer/v1/orgs')).status).toBe(401);
    await signedInOn(client);
    expect((await client.get('/api/developer/v1/orgs')).body).toEqual({ orgs: [] });
    const document = await client.get('/api/developer/v1/openapi.json');
    expect(document.body.servers).toEqual([{ url: `${CONSOLE_ORIGIN}/api/developer/v1` }]);
    expect((await citizenClient(server).get('/api/developer/v1/openapi.json')).status).toBe(404);
  });

  it('answers 404 on the host for the developer API, which belongs to the console', async () => {
    const host = await signedInOn(citizenClient(server));
    for (const path of ['/api/developer/v1/orgs', '/api/developer/v1', '/api/developer/v1/review']) {
      const answer = await host.get(path);
      expect(answer.status, path).toBe(404);
      expect(answer.body.code, path).toBe('NOT_FOUND');
    }
    expect((await host.post('/api/developer/v1/orgs', { id: 'acme', name: 'Acme' })).status).toBe(404);
  });

  it('keeps console, www, api and admin from every new app, the operator\'s included', async () => {
    const apps = createPublishedApps(db);
    for (const id of ['console', 'www', 'api', 'admin']) {
      const refused = await apps.create({ id, name: { vi: `Ứng dụng ${id}`, en: `App ${id}` }, kind: 'hosted' }).catch((error: unknown) => error);
      expect(refused, id).toMatchObject({ status: 400, code: 'INVALID_PARAMS', extra: { issues: [{ path: 'id' }] } });
      await expect(apps.create({ id, name: { vi: `Dịch vụ ${id}`, en: `Service ${id}` }, kind: 'linked', byOperator: true })).rejects.toMatchObject({ code: 'INVALID_PARAMS' });
      await expect(server.admin.register({ ...testManifest(id), entry: `https://${id}.example.com/` })).rejects.toMatchObject({ code: 'INVALID_PARAMS' });
    }
    expect(await db.query("SELECT id FROM apps WHERE id IN ('console', 'www', 'api', 'admin')")).toEqual([]);
    // A longer id that merely starts so is an ordinary id.
    await apps.create({ id: 'console-games', name: { vi: 'Trò chơi bảng điều khiển', en: 'Console games' }, kind: 'hosted' });
    expect(await db.query("SELECT id FROM apps WHERE id = 'console-games'")).toHaveLength(1);
  });
});

describe('a platform without a built console', () => {
  it('serves the console\'s API but no pages there', async () => {
    const [pglite] = testDatabases;
    const db = await pglite!.open();
    try {
      const server = await testPlatform(db);
      const page = await server.app.request(`${CONSOLE_ORIGIN}/`, { headers: { host: CONSOLE_HOST, 'sec-fetch-mode': 'navigate' } });
      expect(page.status).toBe(404);
      expect(page.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      const me = await citizenClient(server, { host: CONSOLE_HOST }).get('/api/me');
      expect(me.status).toBe(401);
    } finally {
      await db.close();
    }
  });
});
