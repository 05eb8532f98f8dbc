import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import { build } from 'esbuild';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchChromium } from '../support/chromium.js';
// The page's `window.kit`, typed for the `page.evaluate` callbacks below.
import type {} from '../fixtures/mock-host-page.js';

/**
 * `createMockHost` of `@citadel/testing/browser` in real Chromium: the real SDK's `connect()`, bundled from the built
 * packages as a partner's test bundles them, in an unframed page on a loopback server of its own.
 */
describe('the mock host of @citadel/testing in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let origin: string;

  beforeAll(async () => {
    const bundled = await build({
      entryPoints: [resolve(import.meta.dirname, '../fixtures/mock-host-page.ts')],
      bundle: true, format: 'esm', write: false, platform: 'browser', target: 'es2022',
    });
    const script = bundled.outputFiles[0]!.text;
    server = createServer((request, response) => {
      if (request.url === '/page.js') return void response.writeHead(200, { 'content-type': 'text/javascript' }).end(script);
      response.writeHead(200, { 'content-type': 'text/html' }).end('<!doctype html><title>unit test</title><script type="module" src="/page.js"></script>');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((done) => server?.close(done));
  });

  const open = async (): Promise<Page> => {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => 'kit' in window);
    expect(errors).toEqual([]);
    return page;
  };

  it('answers the real connect(): scripted identity token, a refused location, the context, every call recorded', async () => {
    const page = await open();
    const seen = await page.evaluate(async () => {
      const { connect, createMockHost, outcome } = window.kit;
      const host = createMockHost({
        appId: 'kitchen-sink',
        handlers: { 'identity.getToken': async ({ nonce }) => ({ token: `token-for-${nonce}` }) },
        permissions: { location: 'denied' },
        context: { lang: 'en' },
      });
      const framed = window.parent !== window;
      const client = await connect({ timeoutMs: 2000 });
      const token = await outcome(client.identity.getToken({ nonce: 'nonce-0123456789' }));
      const first = await outcome(client.location.getCurrent({ accuracy: 'coarse' }));
      const again = await outcome(client.location.getCurrent());
      const pay = await outcome(client.payments.pay({ orderId: 'ord_1' }));
      const result = {
        framed, appId: client.appId, lang: client.context.lang, supportsPay: client.supports('payments.pay'),
        supportsToken: client.supports('identity.getToken'), token, first, again, pay, calls: structuredClone(host.calls),
      };
      host.dispose();
      return { ...result, restored: window.parent === window };
    });
    expect(seen).toMatchObject({ framed: true, appId: 'kitchen-sink', lang: 'en', supportsPay: false, supportsToken: true, restored: true });
    expect(seen.token).toEqual({ ok: true, value: { token: 'token-for-nonce-0123456789' } });
    expect(seen.first).toMatchObject({ ok: false, code: 'PERMISSION_DENIED', data: { permission: 'location', remembered: false } });
    expect(seen.again).toMatchObject({ ok: false, code: 'PERMISSION_DENIED', data: { permission: 'location', remembered: true } });
    expect(seen.pay).toMatchObject({ ok: false, code: 'UNSUPPORTED' });
    expect(seen.calls).toEqual([
      { method: 'identity.getToken', params: { nonce: 'nonce-0123456789' }, ok: true, result: { token: 'token-for-nonce-0123456789' } },
      { method: 'location.getCurrent', params: { accuracy: 'coarse' }, ok: false, error: expect.objectContaining({ code: 'PERMISSION_DENIED' }) },
      { method: 'location.getCurrent', params: {}, ok: false, error: expect.objectContaining({ code: 'PERMISSION_DENIED' }) },
      { method: 'payments.pay', params: { orderId: 'ord_1' }, ok: false, error: expect.objectContaining({ code: 'UNSUPPORTED' }) },
    ]);
    await page.close();
  });

  it('fails loudly on a mock answering outside the registry, and checks params as a host does', async () => {
    const page = await open();
    const seen = await page.evaluate(async () => {
      const { connect, createMockHost, outcome } = window.kit;
      // A wrong mock: the registry says identity.getToken answers { token: string }.
      const host = createMockHost({ handlers: { 'identity.getToken': (async () => ({ token: 42 })) as never } });
      const client = await connect({ timeoutMs: 2000 });
      const wrong = await outcome(client.identity.getToken({ nonce: 'nonce-0123456789' }));
      const badParams = await outcome(client.identity.getToken({ nonce: 'short' }));
      const unknown = await outcome(client.call('identity.steal' as never, {} as never));
      const recorded = structuredClone(host.calls);
      host.dispose();
      return { wrong, badParams, unknown, recorded };
    });
    expect(seen.wrong).toMatchObject({ ok: false, code: 'INTERNAL', message: expect.stringContaining('token') });
    expect(seen.wrong).toMatchObject({ data: { issues: [expect.objectContaining({ path: 'token' })] } });
    expect(seen.badParams).toMatchObject({ ok: false, code: 'INVALID_PARAMS', data: { issues: [expect.objectContaining({ path: 'nonce' })] } });
    expect(seen.unknown).toMatchObject({ ok: false, code: 'UNKNOWN_METHOD' });
    expect(seen.recorded.map((c) => (c.ok ? 'ok' : c.error.code))).toEqual(['INTERNAL', 'INVALID_PARAMS', 'UNKNOWN_METHOD']);
    await page.close();
  });

  it('scripts errors, events, storage and the end of the session', async () => {
    const page = await open();
    const seen = await page.evaluate(async () => {
      const { connect, createMockHost, outcome, rejectWith } = window.kit;
      const host = createMockHost({ handlers: { 'payments.pay': rejectWith('INSUFFICIENT_FUNDS', { amount: 50_000 }) } });
      const client = await connect({ timeoutMs: 2000 });
      await host.whenConnected();
      const pay = await outcome(client.payments.pay({ orderId: 'ord_1' }));
      const backs: unknown[] = [];
      const back = new Promise<void>((done) => client.on('back', (data) => (backs.push(data), done())));
      host.emit('back');
      await back;
      let refusedTheme = '';
      try {
        host.emit('theme', { scheme: 'sepia', accent: '#000000' } as never);
      } catch (error) {
        refusedTheme = (error as Error).name;
      }
      const stored = [
        await outcome(client.storage.set({ key: 'draft', value: { text: 'Đèn hỏng' } })),
        await outcome(client.storage.get({ key: 'draft' })),
      ];
      host.handle('identity.getToken', () => ({ token: 'later' }));
      const later = await outcome(client.identity.getToken({ nonce: 'nonce-0123456789' }));
      const second = await outcome(connect({ timeoutMs: 2000 }));
      host.endSession({ reason: 'test' });
      const ended = await outcome(client.storage.keys());
      host.dispose();
      return { pay, backs, refusedTheme, stored, later, second, ended };
    });
    expect(seen.pay).toEqual({ ok: false, code: 'INSUFFICIENT_FUNDS', message: 'Scripted INSUFFICIENT_FUNDS from the mock host', data: { amount: 50_000 } });
    expect(seen.backs).toEqual([{}]);
    expect(seen.refusedTheme).toBe('TypeError');
    expect(seen.stored).toEqual([{ ok: true, value: null }, { ok: true, value: { value: { text: 'Đèn hỏng' } } }]);
    expect(seen.later).toEqual({ ok: true, value: { token: 'later' } });
    expect(seen.second).toMatchObject({ ok: false, code: 'ALREADY_CONNECTED' });
    expect(seen.ended).toMatchObject({ ok: false, code: 'SESSION_CLOSED', data: { reason: 'test' } });
    await page.close();
  });

  it('answers only from its origin, puts the page back when disposed, and allows one mock host at a time', async () => {
    const page = await open();
    const seen = await page.evaluate(async () => {
      const { connect, createMockHost, outcome } = window.kit;
      const city = createMockHost({ origin: 'https://hue-s.example.vn' });
      let second = '';
      try {
        createMockHost();
      } catch (error) {
        second = (error as Error).message;
      }
      const fromCity = await outcome(connect({ timeoutMs: 2000, hostOrigins: ['https://hue-s.example.vn'] }).then((c) => c.appId));
      city.dispose();
      const other = createMockHost({ origin: 'https://evil.example' });
      const fromOther = await outcome(connect({ timeoutMs: 300, hostOrigins: ['https://hue-s.example.vn'] }));
      other.dispose();
      const unframed = await outcome(connect({ timeoutMs: 300 }));
      return { second, fromCity, fromOther, unframed, restored: window.parent === window };
    });
    expect(seen.second).toContain('already installed');
    expect(seen.fromCity).toEqual({ ok: true, value: 'test-app' });
    expect(seen.fromOther).toMatchObject({ ok: false, code: 'NOT_HOSTED' });
    expect(seen.unframed).toMatchObject({ ok: false, code: 'NOT_HOSTED', message: 'This page is not running inside a Citadel host' });
    expect(seen.restored).toBe(true);
    await page.close();
  });
});
