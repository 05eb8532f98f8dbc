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
    expect(attributes).toEqual({ sandbox: 'allow-scripts allow-same-origin allow-forms', allow: '', src: `${env.platform.origin('good')}/app.html` });
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
    // posts a hello straight to the host window, and relays anything it is answered.
    const answer = await frame.evaluate(() => new Promise<string>((resolve) => {
      addEventListener('message', (e) => {
        const data = e.data as { nested?: string; got?: unknown };
        if (data.nested === 'sent') setTimeout(() => resolve('no answer'), 1000);
        if (data.nested === 'answered') resolve(`answered: ${JSON.stringify(data.got)}`);
      });
      const nested = document.createElement('iframe');
      nested.srcdoc = `<script>
        addEventListener('message', (e) => parent.postMessage({ nested: 'answered', got: e.data }, '*'));
        top.postMessage({ type: 'citadel:hello', v: '1.0' }, '*');
        parent.postMessage({ nested: 'sent' }, '*');
      </script>`;
      document.body.append(nested);
    }));
    expect(answer).toBe('no answer');
    expect(await page.evaluate(() => window.harness.events('good', 'connected').length)).toBe(0);
    // The real frame still connects afterwards.
    expect(await frame.evaluate(() => window.fx.connect())).toMatchObject({ ok: true });
    await context.close();
  });

  it('ignores a handshake from another window that holds a reference to the host', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    await launch(page, 'good', env.platform.origin('good'));
    const attacker = await context.newPage();
    await attacker.goto(`${env.platform.origin('evil')}/app.html`);
    const answer = await attacker.evaluate((hostUrl) => new Promise<string>((resolve) => {
      const w = window.open(hostUrl);
      addEventListener('message', (e) => resolve(`answered: ${JSON.stringify(e.data)}`));
      setTimeout(() => {
        try { w?.postMessage({ type: 'citadel:hello', v: '1.0' }, '*'); } catch { /* COOP severed it */ }
      }, 500);
      setTimeout(() => resolve('no answer'), 1500);
    }), `${env.platform.hostOrigin}/harness.html`);
    expect(answer).toBe('no answer');
    expect(await page.evaluate(() => window.harness.events('good', 'connected').length)).toBe(0);
    await context.close();
  });

  it('answers a replayed handshake with a fresh session and closes the old one with SESSION_CLOSED', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    expect(await frame.evaluate(() => window.fx.call('storage.set', { key: 'k', value: 1 }))).toMatchObject({ ok: true });
    // Replay the hello by hand: the old client's port is closed and its calls reject with a typed error.
    const fresh = await frame.evaluate(() => new Promise<boolean>((resolve) => {
      addEventListener('message', function onWelcome(e) {
        if ((e.data as { type?: string }).type === 'citadel:welcome') {
          removeEventListener('message', onWelcome);
          resolve(e.ports.length === 1);
        }
      });
      parent.postMessage({ type: 'citadel:hello', v: '1.0' }, '*');
    }));
    expect(fresh).toBe(true);
    expect(await frame.evaluate(() => window.fx.call('storage.get', { key: 'k' }))).toMatchObject({ ok: false, code: 'SESSION_CLOSED' });
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
    // The new document keeps calling: it has no port, and its handshake is refused with a typed error.
    expect(await evil.evaluate(() => window.fx.connect({ timeoutMs: 2000 }))).toMatchObject({ ok: false, code: 'ORIGIN_MISMATCH', isCitadelError: true });
    const junk = await evil.evaluate(() => new Promise<string>((resolve) => {
      addEventListener('message', (e) => resolve(`answered: ${JSON.stringify(e.data)}`));
      parent.postMessage({ id: 'x', type: 'APPLY', path: ['call'], argumentList: [{ type: 'RAW', value: 'storage.get' }, { type: 'RAW', value: { key: 'secret' } }] }, '*');
      setTimeout(() => resolve('no answer'), 1000);
    }));
    expect(junk).toBe('no answer');
    await context.close();
  });
});
