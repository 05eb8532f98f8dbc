import { describe, expect, it } from 'vitest';
import { frameOn, launch, launchConnected, openHarness } from '../support/harness.js';
import { useBrowserPlatform } from '../support/setup.js';

describe('dispatch: every call is checked before any provider runs', () => {
  const env = useBrowserPlatform();

  it('answers names outside the registry with UNKNOWN_METHOD', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    for (const name of ['__proto__', 'constructor', 'toString', 'storage.__proto__', 'hasOwnProperty', 'storage', 'openUrl', '']) {
      expect(await frame.evaluate((m) => window.fx.call(m, {}), name)).toMatchObject({ ok: false, code: 'UNKNOWN_METHOD', isCitadelError: true });
    }
    await context.close();
  });

  it('tells the embedding host of every launch (onLaunch) and every call answered with an error (bridgeError)', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    await frame.evaluate(async () => {
      await window.fx.call('no.such', {});
      await window.fx.call('storage.get', { key: 42 });
      await window.fx.call('storage.get', { key: 'fine' });
    });
    expect(await page.evaluate(() => window.harness.launched)).toEqual(['good']);
    await expect.poll(() => page.evaluate(() => window.harness.events('good', 'bridgeError').map((e) => e.data)))
      .toEqual([{ code: 'UNKNOWN_METHOD' }, { code: 'INVALID_PARAMS', method: 'storage.get' }]);
    await context.close();
  });

  it('refuses unknown keys, __proto__ keys and wrong types with INVALID_PARAMS', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    const cases = await frame.evaluate(async () => [
      await window.fx.call('storage.get', { key: 'a', extra: 1 }),
      await window.fx.call('storage.get', JSON.parse('{"key":"a","__proto__":{"polluted":true}}')),
      await window.fx.call('storage.set', JSON.parse('{"key":"a","value":{"constructor":{"prototype":{"x":1}}}}')),
      await window.fx.call('storage.get', { key: 42 }),
      await window.fx.call('ui.setTitle', { title: '' }),
      await window.fx.call('storage.get', { key: 'a', when: new Date() }),
      await window.fx.call('storage.get', 'not an object'),
    ]);
    for (const c of cases) expect(c).toMatchObject({ ok: false, code: 'INVALID_PARAMS' });
    expect(cases[0]).toMatchObject({ data: { issues: [{ code: 'unrecognized_keys' }] } });
    expect(await page.evaluate(() => ({}) as Record<string, unknown>)).not.toHaveProperty('polluted');
    await context.close();
  });

  it('refuses a payload over the size limit or depth limit with PAYLOAD_TOO_LARGE naming the limit', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin, { quota: 10_000_000 });
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    const [big, deep, justUnder] = await frame.evaluate(async () => {
      let nested: unknown = 'leaf';
      for (let i = 0; i < 40; i++) nested = { n: nested };
      return [
        await window.fx.call('storage.set', { key: 'big', value: 'x'.repeat(100_000) }),
        await window.fx.call('storage.set', { key: 'deep', value: nested }),
        await window.fx.call('storage.set', { key: 'ok', value: 'x'.repeat(20_000) }),
      ];
    });
    expect(big).toMatchObject({ ok: false, code: 'PAYLOAD_TOO_LARGE', data: { limit: 65_536, unit: 'bytes' } });
    expect(deep).toMatchObject({ ok: false, code: 'PAYLOAD_TOO_LARGE', data: { limit: 16, unit: 'depth' } });
    expect(justUnder).toMatchObject({ ok: true });
    await context.close();
  });

  it('answers only a well-formed citadel:call: comlink messages and malformed envelopes reach no provider', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launch(page, 'good', env.platform.origin('good'));
    const answers = await frame.evaluate(() => new Promise<unknown[]>((resolve) => {
      addEventListener('message', (e) => {
        const port = e.ports[0];
        if (!port) return;
        const seen: unknown[] = [];
        port.onmessage = (m) => {
          const data = m.data as { type?: string; id?: unknown };
          if (data.type === 'citadel:event' || data.type === 'citadel:ping') return;
          seen.push(data);
          if (data.id === 7) resolve(seen);
        };
        const get = { key: 'k' };
        // comlink's messages, each of which would reach storage.get (or the exposed object) if admitted.
        port.postMessage({ id: 'apply', type: 'APPLY', path: ['call'], argumentList: [{ type: 'RAW', value: 'storage.get' }, { type: 'RAW', value: get }] });
        port.postMessage({ id: 'get', type: 'GET', path: ['call'] });
        port.postMessage({ id: 'set', type: 'SET', path: ['call'], value: { type: 'RAW', value: 1 } });
        port.postMessage({ id: 'proto', type: 'APPLY', path: ['__proto__', 'constructor'], argumentList: [] });
        // Citadel envelopes that are not calls.
        for (const id of ['1', 1.5, null]) port.postMessage({ type: 'citadel:call', id, method: 'storage.get', params: get });
        port.postMessage({ type: 'citadel:call', id: 2, method: ['storage.get'], params: get });
        port.postMessage({ type: 'citadel:result', id: 3, method: 'storage.get', params: get });
        port.postMessage({ type: 'citadel:call ', id: 4, method: 'storage.get', params: get });
        // The positive control, after them on the same port: a good call is answered.
        port.postMessage({ type: 'citadel:call', id: 7, method: 'ui.getTheme', params: {} });
      });
      parent.postMessage({ type: 'citadel:hello', v: '1.0' }, '*');
    }));
    expect(answers).toEqual([{ type: 'citadel:result', id: 7, ok: true, value: { scheme: 'light', accent: '#b3261e' } }]);
    expect(await page.evaluate(() => window.harness.handled)).toEqual([]);
    await context.close();
  });

  it('answers a flood with RATE_LIMITED, naming the limit, while the host stays responsive', async () => {
    // `abuse: Infinity`: this test is about one window's limit; shutting out a frame that floods
    // window after window is rate-abuse.test.ts.
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin, { rate: 50, abuse: 'Infinity' });
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    // The host's own main thread keeps turning while the app floods it: its timer tasks run
    // between the flood's calls, not only after them.
    await page.evaluate(() => window.harness.startTicking());
    const { counts, sample } = await frame.evaluate(() => window.fx.flood(5000));
    expect(await page.evaluate(() => window.harness.stopTicking())).toBeGreaterThan(5);
    expect(counts.RATE_LIMITED).toBeGreaterThan(4000);
    expect((counts.ok ?? 0) + counts.RATE_LIMITED!).toBe(5000);
    expect(sample).toMatchObject({ ok: false, code: 'RATE_LIMITED', data: { limit: 50, windowMs: 1000 } });
    // Once the window passes, calls succeed again (polled, not a fixed wait for the window).
    await expect.poll(() => frame.evaluate(() => window.fx.call('storage.usage'))).toMatchObject({ ok: true });
    await context.close();
  });

  it('marks a frozen app not responding, keeps the host responsive, and lets the citizen close it', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin, { heartbeat: 300 });
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    void frame.evaluate(() => { for (;;) { /* frozen */ } }).catch(() => undefined);
    await page.waitForFunction(() => window.harness.events('good', 'unresponsive').some((e) => e.data === true));
    await page.evaluate(() => window.harness.startTicking());
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => window.harness.stopTicking())).toBeGreaterThan(5);
    await page.evaluate(() => window.harness.close('good'));
    expect(await page.evaluate(() => window.harness.frameCount())).toBe(0);
    // The host still launches and serves other apps.
    const other = await launchConnected(page, 'bare', env.platform.origin('bare'));
    expect(await other.evaluate(() => window.fx.call('ui.getSafeAreaInsets'))).toMatchObject({ ok: true, value: { top: 1, right: 2, bottom: 3, left: 4 } });
    await context.close();
  });

  it('answers identity, payments and notifications with UNSUPPORTED until their providers land', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    const results = await frame.evaluate(async () => ({
      token: await window.fx.ns('identity', 'getToken', { nonce: 'abcdefgh12' }),
      profile: await window.fx.ns('identity', 'getProfile'),
      pay: await window.fx.ns('payments', 'pay', { orderId: 'o1' }),
      notify: await window.fx.ns('notifications', 'requestPermission'),
      notifyStatus: await window.fx.ns('notifications', 'getPermission'),
      supports: ['identity.getToken', 'identity.getProfile', 'payments.pay', 'notifications.requestPermission', 'notifications.getPermission'].map((m) => window.fx.supports(m)),
    }));
    for (const key of ['token', 'profile', 'pay', 'notify', 'notifyStatus'] as const) expect(results[key]).toMatchObject({ ok: false, code: 'UNSUPPORTED' });
    expect(results.supports).toEqual([false, false, false, false, false]);
    await context.close();
  });

  it('keeps apps apart: a stray frame the runtime did not create cannot handshake', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    await page.evaluate((src) => {
      const stray = document.createElement('iframe');
      stray.src = src;
      document.body.append(stray);
    }, `${env.platform.origin('evil')}/app.html`);
    const evil = await frameOn(page, env.platform.origin('evil'));
    await evil.evaluate(() => parent.postMessage({ type: 'citadel:hello', v: '1.0' }, '*'));
    // The positive control: an app the runtime launched afterwards is answered, and is the only one.
    await launchConnected(page, 'good', env.platform.origin('good'));
    expect(await evil.evaluate(() => window.fx.inbox)).toEqual([]);
    expect(await page.evaluate(() => window.harness.log.filter((e) => e.name === 'connected').map((e) => e.id))).toEqual(['good']);
    await context.close();
  });
});
