import { describe, expect, it } from 'vitest';
import { launchConnected, openHarness } from '../support/harness.js';
import { useBrowserPlatform } from '../support/setup.js';

describe('rate abuse: a frame that keeps flooding the bridge is shut out', () => {
  const env = useBrowserPlatform();

  it('ends the flooding session with SESSION_CLOSED rate-abuse after 3 windows in a row; the host and another app go on', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin, { rate: 20, window: 200 });
    const flooder = await launchConnected(page, 'good', env.platform.origin('good'));
    const neighbour = await launchConnected(page, 'bare', env.platform.origin('bare'));
    // The host's own timer tasks keep running between the flood's calls.
    await page.evaluate(() => window.harness.startTicking());
    const { counts, ended } = await flooder.evaluate(() => window.fx.floodUntilClosed(100, 1_000_000));
    expect(await page.evaluate(() => window.harness.stopTicking())).toBeGreaterThan(5);

    expect(ended).toMatchObject({ ok: false, code: 'SESSION_CLOSED', isCitadelError: true, data: { reason: 'rate-abuse', limit: 20, windowMs: 200, windows: 3 } });
    // Within the limit in each of the 3 windows, refused beyond it, and nothing answered after.
    expect(counts.ok).toBeGreaterThanOrEqual(60);
    expect(counts.RATE_LIMITED).toBeGreaterThan(0);
    expect(Object.keys(counts).sort()).toEqual(['RATE_LIMITED', 'SESSION_CLOSED', 'ok']);
    expect(await page.evaluate(() => window.harness.events('good', 'abusive').map((e) => e.data)))
      .toEqual([{ reason: 'rate-abuse', limit: 20, windowMs: 200, windows: 3 }]);

    // Nothing more from that frame: a call rejects at once, a new handshake gets no session.
    expect(await flooder.evaluate(() => window.fx.call('ui.getTheme'))).toMatchObject({ ok: false, code: 'SESSION_CLOSED' });
    // The well-behaved app in the same host answers, and keeps its own rate budget.
    expect(await neighbour.evaluate(() => window.fx.call('ui.getSafeAreaInsets'))).toMatchObject({ ok: true, value: { top: 1, right: 2, bottom: 3, left: 4 } });
    expect(await page.evaluate(() => window.harness.frameCount())).toBe(2);
    // The embedding host removes the frame, as the citizen host does on `abusive`.
    await page.evaluate(() => window.harness.close('good'));
    expect(await page.evaluate(() => window.harness.frameCount())).toBe(1);
    expect(await neighbour.evaluate(() => window.fx.call('ui.getTheme'))).toMatchObject({ ok: true });
    await context.close();
  });

  it('answers no handshake from the shut-out frame, even from a reloaded page', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin, { rate: 20, window: 200 });
    const flooder = await launchConnected(page, 'good', env.platform.origin('good'));
    const { ended } = await flooder.evaluate(() => window.fx.floodUntilClosed(100, 1_000_000));
    expect(ended).toMatchObject({ code: 'SESSION_CLOSED', data: { reason: 'rate-abuse' } });
    // The same page, and then a new page in the frame, ask for a session: no host answers either.
    expect(await flooder.evaluate(() => window.fx.connect({ timeoutMs: 1500 }))).toMatchObject({ ok: false, code: 'NOT_HOSTED' });
    await flooder.evaluate(() => { Object.assign(window, { oldPage: true }); location.reload(); }).catch(() => undefined);
    await flooder.waitForFunction(() => 'fx' in window && !('oldPage' in window));
    expect(await flooder.evaluate(() => window.fx.connect({ timeoutMs: 1500 }))).toMatchObject({ ok: false, code: 'NOT_HOSTED' });
    expect(await page.evaluate(() => window.harness.events('good', 'connected').length)).toBe(1);
    await context.close();
  });
});
