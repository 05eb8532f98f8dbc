import { describe, expect, it } from 'vitest';
import { fixtureManifest } from '../support/fixture-platform.js';
import { frameOn, launch, launchConnected, openHarness } from '../support/harness.js';
import { useBrowserPlatform } from '../support/setup.js';

describe('handshake', () => {
  const env = useBrowserPlatform();

  it('hands a connected client its app id, launch context and supported methods', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launch(page, 'good', env.platform.origin('good'), '/app.html?from=deep-link');
    const result = await frame.evaluate(() => window.fx.connect());
    expect(result).toMatchObject({
      ok: true,
      value: { appId: 'good', hostVersion: '1.0', context: { lang: 'vi', path: '/app.html?from=deep-link', insets: { top: 1, right: 2, bottom: 3, left: 4 } } },
    });
    expect(await frame.evaluate(() => [window.fx.supports('storage.get'), window.fx.supports('location.watch'), window.fx.supports('payments.pay')]))
      .toEqual([true, true, false]);
    expect(await page.evaluate(() => window.harness.events('good', 'connected').length)).toBe(1);
    await context.close();
  });

  it('frames the app sandboxed, with nothing delegated, at the exact app origin', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    await launch(page, 'good', env.platform.origin('good'));
    const attributes = await page.evaluate(() => window.harness.frameAttributes('good'));
    // The entry, naming the version the platform serves.
    expect(attributes).toEqual({ sandbox: 'allow-scripts allow-same-origin allow-forms', allow: '', src: expect.stringMatching(new RegExp(`^${env.platform.origin('good')}/app\\.html\\?citadel_version=[0-9a-f]{16}$`)) });
    await context.close();
  });

  it('refuses to frame an app on the host origin, a newer protocol or a non-http entry', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const port = env.platform.port;
    const sameOrigin = { ...fixtureManifest('twin'), entry: `http://localhost:${port}/app.html` };
    const crossSite = { ...fixtureManifest('cross'), entry: `http://cross.apps.localhost:${port}/app.html` };
    expect(await page.evaluate((m) => window.harness.tryLaunch(m), sameOrigin)).toBe('ORIGIN_MISMATCH');
    expect(await page.evaluate((m) => window.harness.tryLaunch(m), crossSite)).toBe('launched');
    expect(await page.evaluate((m) => window.harness.tryLaunch(m), { ...crossSite, minProtocol: '9.0' })).toBe('VERSION_MISMATCH');
    expect(await page.evaluate((m) => window.harness.tryLaunch(m), { ...crossSite, entry: 'javascript:alert(1)' })).toBe('INVALID_PARAMS');
    await context.close();
  });

  it('rejects connect() with NOT_HOSTED when the page is not framed by a host, without hanging', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    await page.goto(`${env.platform.origin('good')}/app.html`);
    await page.waitForFunction(() => 'fx' in window);
    expect(await page.evaluate(() => window.fx.connect({ timeoutMs: 300 }))).toMatchObject({ ok: false, code: 'NOT_HOSTED', isCitadelError: true });
    await context.close();
  });

  it('ignores a handshake from a frame nested inside the app', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launch(page, 'good', env.platform.origin('good'));
    // A nested frame inside the app (same origin, so the app's frame-ancestors policy lets it load)
    // posts a hello straight to the host window, and keeps anything it is answered (tests/fixtures/nested.ts).
    await frame.evaluate(() => new Promise<void>((resolve) => {
      addEventListener('message', (e) => { if ((e.data as { nested?: string }).nested === 'sent') resolve(); });
      const nested = document.createElement('iframe');
      nested.id = 'nested';
      nested.src = '/nested.html';
      document.body.append(nested);
    }));
    // The positive control: the real frame's hello, posted after the nested one from the same
    // process, is answered; by then the host has handled the nested hello too.
    expect(await frame.evaluate(() => window.fx.connect())).toMatchObject({ ok: true });
    expect(await frame.evaluate(() => (document.querySelector<HTMLIFrameElement>('#nested')!.contentWindow as unknown as { got: unknown[] }).got)).toEqual([]);
    expect(await page.evaluate(() => window.harness.events('good', 'connected').length)).toBe(1);
    await context.close();
  });

  it('ignores a handshake from another window that holds a reference to the host', async () => {
    const { context } = await openHarness(env.browser, env.platform.hostOrigin);
    const attacker = await context.newPage();
    await attacker.goto(`${env.platform.origin('evil')}/app.html`);
    const popup = context.waitForEvent('page');
    await attacker.waitForFunction(() => 'fx' in window);
    await attacker.evaluate((hostUrl) => Object.assign(window, { host: window.open(hostUrl) }), `${env.platform.hostOrigin}/harness.html`);
    const host = await popup;
    await host.waitForFunction(() => 'harness' in window);
    await attacker.evaluate(() => {
      try { (window as unknown as { host: Window }).host.postMessage({ type: 'citadel:hello', v: '1.0' }, '*'); } catch { /* COOP severed it */ }
    });
    // The positive control: an app the host launched afterwards connects, and is the only one.
    const frame = await launch(host, 'good', env.platform.origin('good'));
    expect(await frame.evaluate(() => window.fx.connect())).toMatchObject({ ok: true });
    expect(await host.evaluate(() => window.harness.log.filter((e) => e.name === 'connected').map((e) => e.id))).toEqual(['good']);
    expect(await attacker.evaluate(() => window.fx.inbox)).toEqual([]);
    await context.close();
  });

  it('refuses a second handshake from the same page with ALREADY_CONNECTED, and the first session keeps working', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    expect(await frame.evaluate(() => window.fx.call('storage.set', { key: 'k', value: 1 }))).toMatchObject({ ok: true });
    // Replay the hello by hand from the page that holds the session: a typed refusal, no port.
    const answer = await frame.evaluate(() => new Promise<unknown>((resolve) => {
      addEventListener('message', function onAnswer(e) {
        const type = (e.data as { type?: string }).type;
        if (type === 'citadel:welcome' || type === 'citadel:refused') {
          removeEventListener('message', onAnswer);
          resolve({ data: e.data, ports: e.ports.length });
        }
      });
      parent.postMessage({ type: 'citadel:hello', v: '1.0' }, '*');
    }));
    expect(answer).toMatchObject({ data: { type: 'citadel:refused', error: { code: 'ALREADY_CONNECTED' } }, ports: 0 });
    // The SDK's own second connect() in the same page is refused the same way.
    expect(await frame.evaluate(() => window.fx.connect())).toMatchObject({ ok: false, code: 'ALREADY_CONNECTED', isCitadelError: true });
    expect(await frame.evaluate(() => window.fx.call('storage.get', { key: 'k' }))).toMatchObject({ ok: true, value: { value: 1 } });
    expect(await page.evaluate(() => window.harness.events('good', 'connected').length)).toBe(1);
    await context.close();
  });

  it('gives a reloaded page a new session', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    expect(await frame.evaluate(() => window.fx.call('storage.set', { key: 'k', value: 2 }))).toMatchObject({ ok: true });
    await frame.evaluate(() => { Object.assign(window, { before: true }); setTimeout(() => location.reload()); });
    await frame.waitForFunction(() => 'fx' in window && !('before' in window));
    expect(await frame.evaluate(() => window.fx.connect())).toMatchObject({ ok: true, value: { appId: 'good' } });
    expect(await frame.evaluate(() => window.fx.call('storage.get', { key: 'k' }))).toMatchObject({ ok: true, value: { value: 2 } });
    expect(await page.evaluate(() => window.harness.events('good', 'connected').length)).toBe(2);
    await context.close();
  });

  it('gives a reloaded page that connects before its load event a new session, and refuses its replay', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launch(page, 'good', env.platform.origin('good'), '/app.html?autoconnect');
    const autoconnected = () => frame.evaluate(() => (window as unknown as { autoconnected: Promise<unknown> }).autoconnected);
    expect(await autoconnected()).toMatchObject({ ok: true });
    await frame.evaluate(() => { Object.assign(window, { before: true }); setTimeout(() => location.reload()); });
    await frame.waitForFunction(() => 'fx' in window && !('before' in window));
    expect(await autoconnected()).toMatchObject({ ok: true, value: { appId: 'good' } });
    expect(await frame.evaluate(() => window.fx.connect())).toMatchObject({ ok: false, code: 'ALREADY_CONNECTED' });
    expect(await frame.evaluate(() => window.fx.call('storage.usage'))).toMatchObject({ ok: true });
    expect(await page.evaluate(() => window.harness.events('good', 'connected').length)).toBe(2);
    await context.close();
  });

  it('refuses a handshake speaking another major protocol version with VERSION_MISMATCH', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launch(page, 'good', env.platform.origin('good'));
    const answer = await frame.evaluate(() => new Promise<unknown>((resolve) => {
      addEventListener('message', (e) => resolve({ data: e.data, ports: e.ports.length }));
      parent.postMessage({ type: 'citadel:hello', v: '2.0' }, '*');
    }));
    expect(answer).toMatchObject({ data: { type: 'citadel:refused', error: { code: 'VERSION_MISMATCH' } }, ports: 0 });
    await context.close();
  });

  it('closes the session of a frame that navigates to another origin, and refuses the newcomer with ORIGIN_MISMATCH', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    expect(await frame.evaluate(() => window.fx.call('storage.set', { key: 'secret', value: 'good data' }))).toMatchObject({ ok: true });
    await frame.evaluate((url) => { location.href = url; }, `${env.platform.origin('evil')}/app.html`);
    const evil = await frameOn(page, env.platform.origin('evil'));
    // The new document posts a call to the host window (it has no port), then handshakes: the
    // handshake is the positive control, refused with a typed error, and it is the only answer.
    await evil.evaluate(() => {
      parent.postMessage({ id: 'x', type: 'APPLY', path: ['call'], argumentList: [{ type: 'RAW', value: 'storage.get' }, { type: 'RAW', value: { key: 'secret' } }] }, '*');
      parent.postMessage({ type: 'citadel:call', id: 1, method: 'storage.get', params: { key: 'secret' } }, '*');
    });
    expect(await evil.evaluate(() => window.fx.connect({ timeoutMs: 2000 }))).toMatchObject({ ok: false, code: 'ORIGIN_MISMATCH', isCitadelError: true });
    expect(await evil.evaluate(() => window.fx.inbox.map((m) => (m as { type?: string }).type))).toEqual(['citadel:refused']);
    expect(await page.evaluate(() => window.harness.handled)).toEqual(['storage.set']);
    await context.close();
  });
});
