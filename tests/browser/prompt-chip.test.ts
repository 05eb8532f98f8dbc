import type { BrowserContext, Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { launchConnected, openHarness } from '../support/harness.js';
import { useBrowserPlatform } from '../support/setup.js';

/**
 * Runs `expression` in `frame` the way the app's own script would, with no user gesture
 * (Playwright's `evaluate` runs with one, which is what a citizen's tap gives the frame).
 */
async function withoutGesture(context: BrowserContext, frame: Frame, expression: string) {
  const session = await context.newCDPSession(frame);
  await session.send('Runtime.evaluate', { expression, userGesture: false });
  await session.detach();
}

/** The host page's activation and focused element, read without giving it a gesture. */
async function hostActivation(context: BrowserContext, page: Page) {
  const session = await context.newCDPSession(page);
  const { result } = await session.send('Runtime.evaluate', { expression: 'window.harness.activation()', returnByValue: true, userGesture: false });
  await session.detach();
  return result.value as unknown;
}

const askLocation = 'window.pending = window.fx.call("location.getCurrent", { accuracy: "coarse" })';

describe('prompts wait for the citizen', () => {
  const env = useBrowserPlatform();

  it('queues a prompt the app asks for without a gesture in its frame behind the chip, and opens it on a tap', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin, { chip: 1 });
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    await page.evaluate(() => window.harness.answer({ granted: true, remember: false }));
    await withoutGesture(context, frame, askLocation);
    await expect.poll(() => page.evaluate(() => window.harness.queued)).toEqual([{ appId: 'good', permission: 'location', state: 'waiting' }]);
    // The provider ran and is waiting: the call is pending, and no prompt was drawn.
    expect(await page.evaluate(() => window.harness.handled)).toEqual(['location.getCurrent']);
    expect(await page.evaluate(() => window.harness.prompts.length)).toBe(0);
    await page.evaluate(() => window.harness.tapChip());
    expect(await frame.evaluate(() => (window as unknown as { pending: Promise<unknown> }).pending)).toMatchObject({ ok: true, value: { precision: 'coarse' } });
    expect(await page.evaluate(() => window.harness.prompts.map((p) => p.permission))).toEqual(['location']);
    await context.close();
  });

  it('opens the prompt at once when the citizen just tapped inside the app (the activation reaches the host page)', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin, { chip: 1 });
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    await page.evaluate(() => window.harness.answer({ granted: true, remember: false }));
    // Playwright's evaluate gives the page a gesture; a popup consumes it, in every frame of the page.
    await page.evaluate(() => window.open('about:blank')?.close());
    await page.bringToFront(); // the popup took the foreground, where Playwright's waits need animation frames
    expect(await hostActivation(context, page)).toEqual({ active: false, focused: 'BODY' });
    await frame.click('p');
    expect(await hostActivation(context, page)).toEqual({ active: true, focused: 'IFRAME' });
    await withoutGesture(context, frame, askLocation);
    expect(await frame.evaluate(() => (window as unknown as { pending: Promise<unknown> }).pending)).toMatchObject({ ok: true });
    expect(await page.evaluate(() => window.harness.prompts.map((p) => p.permission))).toEqual(['location']);
    expect(await page.evaluate(() => window.harness.queued)).toEqual([]);
    await context.close();
  });

  it('waits a while for the browser\'s news of a tap in the app that comes after the call, then opens the prompt without the chip', async () => {
    // A long wait, so that this test does not hang on how fast a loaded machine clicks; the default is 1000 ms.
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin, { chip: 1, gestureNews: 10_000 });
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    await page.evaluate(() => window.harness.answer({ granted: true, remember: false }));
    await page.evaluate(() => window.open('about:blank')?.close()); // consumes Playwright's own gesture
    await page.bringToFront();
    expect(await hostActivation(context, page)).toEqual({ active: false, focused: 'BODY' });
    await withoutGesture(context, frame, askLocation);
    await frame.click('p'); // the news of this tap reaches the host page after the call did
    expect(await frame.evaluate(() => (window as unknown as { pending: Promise<unknown> }).pending)).toMatchObject({ ok: true });
    expect(await page.evaluate(() => window.harness.prompts.map((p) => p.permission))).toEqual(['location']);
    expect(await page.evaluate(() => window.harness.queued)).toEqual([]);
    await context.close();
  });

  it('does not take a tap on the host page for a gesture in the app', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin, { chip: 1 });
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    await frame.click('p');
    await page.mouse.click(900, 600); // then the host's own page, outside the frame
    expect(await hostActivation(context, page)).toEqual({ active: true, focused: 'BODY' });
    await withoutGesture(context, frame, askLocation);
    await expect.poll(() => page.evaluate(() => window.harness.queued.length)).toBe(1);
    expect(await page.evaluate(() => window.harness.prompts.length)).toBe(0);
    await context.close();
  });

  it('cancels a waiting prompt when the app is closed, and removes its chip', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin, { chip: 1 });
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    await withoutGesture(context, frame, askLocation);
    await expect.poll(() => page.evaluate(() => window.harness.queued.length)).toBe(1);
    await page.evaluate(() => window.harness.close('good'));
    expect(await page.evaluate(() => window.harness.queued)).toEqual([{ appId: 'good', permission: 'location', state: 'cancelled' }]);
    // Tapping a chip that is gone opens nothing.
    await page.evaluate(() => window.harness.tapChip());
    expect(await page.evaluate(() => window.harness.prompts.length)).toBe(0);
    await context.close();
  });
});
