import { describe, expect, it } from 'vitest';
import { launchConnected, openHarness } from '../support/harness.js';
import { useBrowserPlatform } from '../support/setup.js';

const NGO_MON = { latitude: 16.469_812, longitude: 107.579_438 };

describe('location provider: the host asks the browser after a host-drawn prompt', () => {
  const env = useBrowserPlatform();

  it('refuses an app whose manifest does not declare location, without prompting', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launchConnected(page, 'bare', env.platform.origin('bare'));
    expect(await frame.evaluate(() => window.fx.ns('location', 'getCurrent'))).toMatchObject({
      ok: false, code: 'PERMISSION_DENIED', data: { permission: 'location', undeclared: true },
    });
    expect(await page.evaluate(() => window.harness.prompts.length)).toBe(0);
    await context.close();
  });

  it('remembers a denial: the second call is refused without a second prompt', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    await page.evaluate(() => window.harness.answer({ granted: false, remember: false }));
    expect(await frame.evaluate(() => window.fx.ns('location', 'getCurrent'))).toMatchObject({ ok: false, code: 'PERMISSION_DENIED', data: { remembered: false } });
    expect(await frame.evaluate(() => window.fx.ns('location', 'getCurrent'))).toMatchObject({ ok: false, code: 'PERMISSION_DENIED', data: { remembered: true } });
    expect(await page.evaluate(() => window.harness.prompts)).toEqual([
      { appId: 'good', permission: 'location', accuracy: 'coarse', reason: 'to show services near you' },
    ]);
    await context.close();
  });

  it('gives a coarse position (~1 km grid) by default', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    await page.evaluate(() => window.harness.answer({ granted: true, accuracy: 'coarse', remember: true }));
    const result = await frame.evaluate(() => window.fx.ns('location', 'getCurrent'));
    expect(result).toMatchObject({ ok: true, value: { precision: 'coarse', latitude: 16.465, longitude: 107.575 } });
    expect((result as { value: { accuracy: number } }).value.accuracy).toBeGreaterThanOrEqual(1000);
    await context.close();
  });

  it('gives the precise position only when asked and granted precise', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    await page.evaluate(() => window.harness.answer({ granted: true, accuracy: 'precise', remember: true }));
    const result = await frame.evaluate(() => window.fx.ns('location', 'getCurrent', { accuracy: 'precise' }));
    expect(result).toMatchObject({ ok: true, value: { precision: 'precise', ...NGO_MON, accuracy: 12 } });
    await context.close();
  });

  it('downgrades to coarse when the citizen allows only approximate location', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    await page.evaluate(() => window.harness.answer({ granted: true, accuracy: 'coarse', remember: true }));
    expect(await frame.evaluate(() => window.fx.ns('location', 'getCurrent', { accuracy: 'precise' }))).toMatchObject({ ok: true, value: { precision: 'coarse' } });
    expect(await page.evaluate(() => window.harness.prompts.map((p) => p.accuracy))).toEqual(['precise']);
    await context.close();
  });

  it('watches with an activity indicator on, sends updates as events, and turns it off on clearWatch', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    await page.evaluate(() => window.harness.answer({ granted: true, accuracy: 'precise', remember: true }));
    const started = await frame.evaluate(() => window.fx.ns('location', 'watch', { accuracy: 'precise' }));
    expect(started).toMatchObject({ ok: true, value: { watchId: expect.any(String) } });
    const watchId = (started as { value: { watchId: string } }).value.watchId;
    await frame.waitForFunction(() => window.fx.events.some((e) => e.name === 'location'));
    expect(await frame.evaluate(() => window.fx.events.find((e) => e.name === 'location')?.data)).toMatchObject({ watchId, position: { ...NGO_MON, precision: 'precise' } });
    await context.setGeolocation({ latitude: 16.4545, longitude: 107.5461, accuracy: 20 }); // Chùa Thiên Mụ
    await frame.waitForFunction(() => window.fx.events.some((e) => (e.data as { position?: { latitude: number } }).position?.latitude === 16.4545));
    expect(await page.evaluate(() => window.harness.events('good', 'activity').map((e) => e.data))).toEqual([{ kind: 'location-watch', active: true }]);
    expect(await frame.evaluate((id) => window.fx.ns('location', 'clearWatch', { watchId: id }), watchId)).toEqual({ ok: true, value: null });
    expect(await page.evaluate(() => window.harness.events('good', 'activity').map((e) => e.data))).toEqual([
      { kind: 'location-watch', active: true }, { kind: 'location-watch', active: false },
    ]);
    await context.close();
  });

  it('stops watches and turns the indicator off when the app is closed', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    await page.evaluate(() => window.harness.answer({ granted: true, accuracy: 'coarse', remember: true }));
    await frame.evaluate(() => window.fx.ns('location', 'watch'));
    const activity = await page.evaluate(() => {
      const seen: unknown[] = [];
      window.harness.log.forEach((e) => e.name === 'activity' && seen.push(e.data));
      window.harness.close('good');
      return seen;
    });
    expect(activity).toEqual([{ kind: 'location-watch', active: true }]);
    expect(await page.evaluate(() => window.harness.frameCount())).toBe(0);
    await context.close();
  });
});
