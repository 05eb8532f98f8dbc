import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import { extname, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { kitchenSinkAlone, useHostPlatform } from './support/host-platform.js';
import { codeTextedBy, signedUpCitizen } from './support/journey.js';

// A partner's own origin on loopback (another port): the fixture app page, its proof at /.well-known/citadel-app.json,
// and on every answer a policy that lets only the host frame it.
const pages = resolve(import.meta.dirname, '../../tests/fixtures/dist/apps');
const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.svg': 'image/svg+xml' };

function partnerOrigin(proof: () => { appId: string; token: string }, hostOrigin: () => string): Promise<{ origin: string; server: Server }> {
  const server = createServer(async (request, response) => {
    const path = new URL(request.url ?? '/', 'http://partner').pathname;
    response.setHeader('Content-Security-Policy', `frame-ancestors ${hostOrigin()}`);
    if (path === '/.well-known/citadel-app.json') {
      response.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(proof()));
      return;
    }
    try {
      const file = resolve(pages, `.${path === '/' ? '/app.html' : path}`);
      if (!file.startsWith(pages)) throw new Error('outside');
      response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' }).end(await readFile(file));
    } catch {
      response.writeHead(404).end();
    }
  });
  return new Promise((ready) => server.listen(0, '127.0.0.1', () => ready({ origin: `http://127.0.0.1:${(server.address() as { port: number }).port}`, server })));
}

describe('a linked app, on the partner\'s own origin, through the real host and platform', () => {
  const env = useHostPlatform(kitchenSinkAlone());
  let partner: { origin: string; server: Server } | undefined;
  afterAll(() => new Promise<void>((done) => {
    if (!partner) return done();
    partner.server.close(() => done());
    partner.server.closeAllConnections(); // the browser keeps its connections alive
  }));

  it('is verified on its origin, reviewed, released, and framed by the host from that origin', async () => {
    const { context, page } = await signedUpCitizen(env, { name: 'Đối tác Xe buýt', phone: '0916 777 888', password: 'xe buýt đúng giờ' });
    // The partner's steps go to the developer API on the console's origin, from a page of it, signed in there.
    const consolePage = await context.newPage();
    await consolePage.goto(`http://console.localhost:${env.server.port}/`);
    const call = (method: string, path: string, body?: unknown) => consolePage.evaluate(async ({ method, path, body }) => {
      const response = await fetch(path, { method, headers: body ? { 'content-type': 'application/json' } : {}, body: body ? JSON.stringify(body) : null });
      return { status: response.status, body: await response.json() as any };
    }, { method, path, body });
    const signIn = { phone: '0916777888', password: 'xe buýt đúng giờ' };
    const code = await codeTextedBy(env.origin, '0916 777 888', async () => expect((await call('POST', '/api/auth/signin', signIn)).status).toBe(202));
    expect((await call('POST', '/api/auth/signin', { ...signIn, code })).status).toBe(200);
    const dev = (method: string, path: string, body?: unknown) => call(method, `/api/developer/v1${path}`, body);
    expect((await dev('POST', '/orgs', { id: 'hue-bus', name: 'Xe buýt Huế' })).status).toBe(201);
    expect((await dev('POST', '/orgs/hue-bus/apps', { id: 'bus-times', name: { vi: 'Giờ xe buýt', en: 'Bus times' }, kind: 'linked' })).status).toBe(201);
    const { proof } = (await dev('GET', '/apps/bus-times/linked-proof')).body;
    partner = await partnerOrigin(() => proof, () => env.origin);
    const manifest = {
      id: 'bus-times', version: '1.0.0', name: { vi: 'Giờ xe buýt', en: 'Bus times' }, description: { vi: 'Xe buýt sắp đến', en: 'Buses coming' },
      icons: [{ src: `${partner.origin}/icon.svg`, sizes: 'any' }], entry: `${partner.origin}/`, category: 'public-services', permissions: [], minProtocol: '1.0',
    };
    expect((await dev('POST', '/apps/bus-times/linked-versions', { manifest })).status).toBe(201);
    expect((await dev('POST', '/apps/bus-times/versions/1/submit')).status).toBe(200);
    // The platform's reviewer (here the same account, given the role as the operator would).
    await env.database.query("UPDATE citizens SET roles = array_append(roles, 'reviewer') WHERE phone = '+84916777888'");
    expect((await dev('POST', '/review/bus-times/1', { approve: true })).status).toBe(200);
    expect((await dev('PUT', '/apps/bus-times/release', { version: 1, percent: 100 })).status).toBe(200);

    await page.goto(`${env.origin}/`);
    await page.getByTestId('app-bus-times').first().click();
    await expect.poll(() => page.frames().some((f) => f.url().startsWith(`${partner!.origin}/`))).toBe(true);
    const frame = page.frames().find((f) => f.url().startsWith(`${partner!.origin}/`))!;
    // The page on the partner's origin talks to the host over the bridge, once its script has run.
    await frame.waitForFunction(() => 'fx' in window);
    expect(await frame.evaluate(() => (window as unknown as { fx: { connect(): Promise<unknown> } }).fx.connect())).toMatchObject({ ok: true });
    await context.close();
  });
});
