import { describe, expect, it } from 'vitest';
import { launchConnected, openHarness, type Outcome } from '../support/harness.js';
import { useBrowserPlatform } from '../support/setup.js';

// Issue 13: every location read the host serves is logged per app, and reads past a per-app rate
// are refused with RATE_LIMITED naming the limit (the host's default is 60 an hour; 3 here).
describe('location log and read rate, with the IndexedDB log', () => {
  const env = useBrowserPlatform();

  it('logs each read with its precision and refuses reads past the rate, even when they arrive together', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin, { locationRate: 3 });
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    await page.evaluate(() => window.harness.answer({ granted: true, accuracy: 'precise', remember: true }));
    expect(await frame.evaluate(() => window.fx.ns('location', 'getCurrent', { accuracy: 'precise' }))).toMatchObject({ ok: true, value: { precision: 'precise' } });
    expect(await frame.evaluate(() => window.fx.ns('location', 'getCurrent'))).toMatchObject({ ok: true, value: { precision: 'coarse' } });
    expect((await page.evaluate(() => window.harness.locationReads('good'))).map((r) => [r.precision, r.kind])).toEqual([
      ['coarse', 'current'], ['precise', 'current'],
    ]);

    // Four at once with one read left: exactly one is served, three are refused.
    const outcomes: Outcome[] = await frame.evaluate(() => Promise.all([1, 2, 3, 4].map(() => window.fx.ns('location', 'getCurrent'))));
    expect(outcomes.filter((o) => o.ok)).toHaveLength(1);
    const refused = outcomes.filter((o): o is Extract<Outcome, { ok: false }> => !o.ok);
    expect(refused).toHaveLength(3);
    for (const r of refused) {
      expect(r).toMatchObject({ code: 'RATE_LIMITED', isCitadelError: true, data: { limit: 3, windowMs: 3_600_000 } });
      expect(r.data?.['retryAfterMs']).toBeGreaterThan(0);
      expect(r.data?.['retryAfterMs']).toBeLessThanOrEqual(3_600_000);
    }
    // A watch counts as a read too, and a refused read is not logged.
    expect(await frame.evaluate(() => window.fx.ns('location', 'watch'))).toMatchObject({ ok: false, code: 'RATE_LIMITED', data: { limit: 3 } });
    expect(await page.evaluate(() => window.harness.locationReads('good'))).toHaveLength(3);
    await context.close();
  });

  it('refuses an app past its rate before drawing a prompt', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin, { locationRate: 1 });
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    // Allowed once, not remembered: every read would prompt again.
    await page.evaluate(() => window.harness.answer({ granted: true, accuracy: 'coarse', remember: false }));
    expect(await frame.evaluate(() => window.fx.ns('location', 'getCurrent'))).toMatchObject({ ok: true });
    expect(await frame.evaluate(() => window.fx.ns('location', 'getCurrent'))).toMatchObject({ ok: false, code: 'RATE_LIMITED', data: { limit: 1 } });
    expect(await page.evaluate(() => window.harness.prompts.length)).toBe(1);
    await context.close();
  });

  it('frees a slot when the oldest read leaves the window', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin, { locationRate: 1, locationWindow: 400 });
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    await page.evaluate(() => window.harness.answer({ granted: true, accuracy: 'coarse', remember: true }));
    expect(await frame.evaluate(() => window.fx.ns('location', 'getCurrent'))).toMatchObject({ ok: true });
    const refused = await frame.evaluate(() => window.fx.ns('location', 'getCurrent'));
    expect(refused).toMatchObject({ ok: false, code: 'RATE_LIMITED', data: { limit: 1, windowMs: 400 } });
    // Retried when the refusal says so, the read is served.
    const retryAfterMs = Number((refused as Extract<Outcome, { ok: false }>).data?.['retryAfterMs']);
    expect(await frame.evaluate(async (wait) => {
      await new Promise((r) => setTimeout(r, wait + 20));
      return window.fx.ns('location', 'getCurrent');
    }, retryAfterMs)).toMatchObject({ ok: true });
    expect(await page.evaluate(() => window.harness.locationReads('good'))).toHaveLength(2);
    await context.close();
  });
});
