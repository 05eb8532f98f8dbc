import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlatformServer, openPglite, migrate } from '../src/index.js';

const database = await openPglite();
await migrate(database);
afterAll(() => database.close());

const root = mkdtempSync(join(tmpdir(), 'citadel-server-'));
const write = (path: string, content: string) => {
  mkdirSync(join(root, path, '..'), { recursive: true });
  writeFileSync(join(root, path), content);
};
write('host/index.html', '<!doctype html><title>host</title>');
write('host/assets/app-abc123.js', 'console.log(1)');
write('host/manifest.webmanifest', '{}');
write('host/sw.js', '/* sw */');
write('secret.txt', 'outside');
write('demo/index.html', '<!doctype html><title>demo</title>');
write('demo/icon.svg', '<svg/>');
write('demo/start/icon.svg', '<svg/>'); // the manifest's icon, relative to its entry
write('demo/start/index.html', '<!doctype html><title>demo start</title>'); // the manifest's entry page
write('demo/deep/page.html', 'deep');

const manifest = (id: string, extra: object = {}) => ({
  id,
  version: '1.0.0',
  name: { vi: `Ứng dụng ${id}`, en: `App ${id}` },
  description: { vi: 'Mô tả', en: 'Description' },
  icons: [{ src: 'icon.svg', sizes: 'any' }],
  entry: `http://${id}.apps.localhost/start/?from=catalogue`,
  category: 'utilities',
  permissions: [],
  minProtocol: '1.0',
  ...extra,
});

const server = await createPlatformServer({
  hostDir: join(root, 'host'),
  database,
  apps: [{ manifest: manifest('demo'), dir: join(root, 'demo') }, { manifest: manifest('water'), dir: join(root, 'demo') }],
  port: 8080,
});
const get = (path: string, host: string, init: RequestInit = {}) =>
  server.app.request(`http://x${path}`, { ...init, headers: { host, ...(init.headers as Record<string, string>) } });

describe('routing by Host header', () => {
  it('serves the host on localhost:PORT and each app on <id>.apps.localhost:PORT', async () => {
    expect(await (await get('/', 'localhost:8080')).text()).toContain('<title>host</title>');
    expect(await (await get('/', 'demo.apps.localhost:8080')).text()).toContain('<title>demo</title>');
    expect(await (await get('/', 'DEMO.Apps.LocalHost:8080')).text()).toContain('<title>demo</title>');
  });

  it('refuses other hosts, other ports, deeper names and unknown apps with a JSON error', async () => {
    for (const host of ['evil.com:8080', 'localhost:9999', 'a.demo.apps.localhost:8080', 'localhost.evil.com:8080', 'apps.localhost:8080', '']) {
      const response = await get('/', host);
      expect(response.status, host).toBe(421);
      expect(await response.json()).toEqual({ code: 'MISDIRECTED', message: expect.any(String) });
    }
    const unknown = await get('/', 'nope.apps.localhost:8080');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('static files', () => {
  it('refuses path traversal, plain and encoded', async () => {
    for (const path of ['/../secret.txt', '/%2e%2e/secret.txt', '/%2E%2E%2Fsecret.txt', '/..%5csecret.txt', '/assets/%2e%2e/%2e%2e/secret.txt', '/%00']) {
      const response = await get(path, 'localhost:8080');
      const text = await response.text();
      expect(text, path).not.toContain('outside');
    }
  });

  it('falls back to index.html for client routes but not for missing files', async () => {
    expect(await (await get('/app/demo/reports/42', 'localhost:8080')).text()).toContain('<title>host</title>');
    expect((await get('/missing.js', 'localhost:8080')).status).toBe(404);
    // A deep link with a dot, opened by a browser (a frame or a tab), is a route too; a script fetch of it is not.
    const navigate = (path: string, host: string, mode: string) => get(path, host, { headers: { 'sec-fetch-mode': mode } });
    expect(await (await navigate('/tuition/hs-3.2026-12', 'demo.apps.localhost:8080', 'navigate')).text()).toContain('<title>demo</title>');
    expect((await navigate('/tuition/hs-3.2026-12', 'demo.apps.localhost:8080', 'cors')).status).toBe(404);
    expect((await navigate('/missing.js', 'localhost:8080', 'no-cors')).status).toBe(404);
  });

  it('sets content types and cache headers', async () => {
    const asset = await get('/assets/app-abc123.js', 'localhost:8080');
    expect(asset.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(asset.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/', 'localhost:8080')).headers.get('cache-control')).toBe('no-cache');
    expect((await get('/sw.js', 'localhost:8080')).headers.get('cache-control')).toBe('no-cache');
    expect((await get('/manifest.webmanifest', 'localhost:8080')).headers.get('content-type')).toBe('application/manifest+json; charset=utf-8');
    expect((await get('/icon.svg', 'demo.apps.localhost:8080')).headers.get('content-type')).toBe('image/svg+xml');
  });

  it('serves only GET and HEAD', async () => {
    expect((await get('/', 'localhost:8080', { method: 'POST' })).status).toBe(405);
    const head = await get('/', 'localhost:8080', { method: 'HEAD' });
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});

describe('security headers', () => {
  it('host pages: frame-src lists exactly the app origins, frame-ancestors none, no sniffing', async () => {
    const response = await get('/', 'localhost:8080');
    const csp = response.headers.get('content-security-policy')!;
    expect(csp).toContain('frame-src http://demo.apps.localhost:8080 http://water.apps.localhost:8080;');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cross-origin-opener-policy')).toBe('same-origin');
  });

  it('the host\'s service worker may fetch from the app origins (their icons); the host\'s pages may not', async () => {
    const worker = (await get('/sw.js', 'localhost:8080')).headers.get('content-security-policy')!;
    expect(worker).toContain("connect-src 'self' http://demo.apps.localhost:8080 http://water.apps.localhost:8080;");
    const page = (await get('/', 'localhost:8080')).headers.get('content-security-policy')!;
    expect(page).toContain("connect-src 'self';");
  });

  it('app origins: only the host (and the app\'s own pages) may frame them, only their own scripts run, powerful features off, never a cookie', async () => {
    const response = await get('/', 'demo.apps.localhost:8080');
    expect(response.headers.get('content-security-policy')).toContain("frame-ancestors http://localhost:8080 'self';");
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self';");
    expect(response.headers.get('permissions-policy')).toContain('geolocation=()');
    expect(response.headers.get('set-cookie')).toBeNull();
  });
});

describe('catalogue API', () => {
  it('lists manifests rewritten onto each app’s real origin, keeping the entry path', async () => {
    const response = await get('/api/apps', 'localhost:8080');
    const { apps } = (await response.json()) as { apps: Array<{ id: string; entry: string; icons: Array<{ src: string }> }> };
    expect(apps.map((a) => a.id)).toEqual(['demo', 'water']);
    // The entry also names the version served (docs/publish-your-app.md).
    expect(apps[0]!.entry).toMatch(/^http:\/\/demo\.apps\.localhost:8080\/start\/\?from=catalogue&citadel_version=[0-9a-f]{16}$/);
    expect(apps[0]).toMatchObject({ icons: [{ src: 'http://demo.apps.localhost:8080/start/icon.svg' }] });
  });

  it('answers unknown API paths with JSON 404, not the SPA', async () => {
    const response = await get('/api/nope', 'localhost:8080');
    expect(response.status).toBe(404);
    expect(await response.json()).toMatchObject({ code: 'NOT_FOUND' });
  });

  it('refuses to start with an invalid manifest, naming the app and the field', async () => {
    await expect(createPlatformServer({ hostDir: root, database, apps: [{ manifest: manifest('bad', { entry: 'ftp://x' }), dir: root }] }))
      .rejects.toThrowError(/Invalid manifest for app "bad": entry/);
    await expect(createPlatformServer({ hostDir: root, database, apps: [{ manifest: manifest('demo'), dir: root }, { manifest: manifest('demo'), dir: root }] }))
      .rejects.toThrowError(/share the id "demo"/);
  });
});

describe('listening', () => {
  const listening = createPlatformServer({ hostDir: join(root, 'host'), database, apps: [{ manifest: manifest('demo'), dir: join(root, 'demo') }], port: 0 }).then((s) => s.listen());
  afterAll(async () => (await listening).close());

  // fetch() may not set Host; node:http may, as a browser resolving *.localhost effectively does.
  const getJson = (port: number, path: string, host: string) =>
    new Promise<unknown>((resolve, reject) => {
      request({ host: '127.0.0.1', port, path, headers: { host } }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve(JSON.parse(body)));
      }).on('error', reject).end();
    });

  it('listens on a free port and routes real HTTP requests by Host', async () => {
    const { port, url } = await listening;
    expect(port).toBeGreaterThan(0);
    expect(url).toBe(`http://localhost:${port}/`);
    expect(await getJson(port, '/api/health', `localhost:${port}`)).toEqual({ ok: true });
    const apps = (await getJson(port, '/api/apps', `localhost:${port}`)) as { apps: Array<{ entry: string }> };
    expect(apps.apps[0]!.entry).toMatch(new RegExp(`^http://demo\\.apps\\.localhost:${port}/start/\\?from=catalogue&citadel_version=[0-9a-f]{16}$`));
    expect(await getJson(port, '/api/health', `elsewhere:${port}`)).toMatchObject({ code: 'MISDIRECTED' });
  });
});
