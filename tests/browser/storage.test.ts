import { describe, expect, it } from 'vitest';
import { launchConnected, openHarness } from '../support/harness.js';
import { useBrowserPlatform } from '../support/setup.js';

describe('storage provider (IndexedDB)', () => {
  const env = useBrowserPlatform();

  it('gets, sets, lists, removes and clears an app’s own keys', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    const steps = await frame.evaluate(async () => {
      const s = (fn: string, p?: unknown) => window.fx.ns('storage', fn, p);
      return [
        await s('get', { key: 'draft' }),
        await s('set', { key: 'draft', value: { text: 'Đèn đường hỏng', photos: 2 } }),
        await s('set', { key: 'lang', value: 'vi' }),
        await s('get', { key: 'draft' }),
        await s('keys'),
        await s('remove', { key: 'lang' }),
        await s('keys'),
        await s('usage'),
        await s('clear'),
        await s('keys'),
        await s('usage'),
      ];
    });
    expect(steps.map((s) => (s.ok ? s.value : s.code))).toEqual([
      { value: null }, null, null,
      { value: { text: 'Đèn đường hỏng', photos: 2 } },
      { keys: ['draft', 'lang'] }, null, { keys: ['draft'] },
      { used: 'draft'.length + new TextEncoder().encode(JSON.stringify({ text: 'Đèn đường hỏng', photos: 2 })).length, quota: 4096 },
      null, { keys: [] }, { used: 0, quota: 4096 },
    ]);
    await context.close();
  });

  it('namespaces apps: one app never reads or clears another’s keys', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const good = await launchConnected(page, 'good', env.platform.origin('good'));
    const bare = await launchConnected(page, 'bare', env.platform.origin('bare'));
    await good.evaluate(() => window.fx.ns('storage', 'set', { key: 'token', value: 'good-only' }));
    expect(await bare.evaluate(() => window.fx.ns('storage', 'get', { key: 'token' }))).toEqual({ ok: true, value: { value: null } });
    await bare.evaluate(() => window.fx.ns('storage', 'clear'));
    expect(await good.evaluate(() => window.fx.ns('storage', 'get', { key: 'token' }))).toEqual({ ok: true, value: { value: 'good-only' } });
    await context.close();
  });

  it('answers QUOTA_EXCEEDED with the limit, and keeps what was stored', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin, { quota: 1000 });
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    const [first, second, replace, kept] = await frame.evaluate(async () => [
      await window.fx.ns('storage', 'set', { key: 'a', value: 'x'.repeat(600) }),
      await window.fx.ns('storage', 'set', { key: 'b', value: 'y'.repeat(600) }),
      await window.fx.ns('storage', 'set', { key: 'a', value: 'z'.repeat(900) }),
      await window.fx.ns('storage', 'get', { key: 'a' }),
    ]);
    expect(first).toMatchObject({ ok: true });
    expect(second).toMatchObject({ ok: false, code: 'QUOTA_EXCEEDED', data: { limit: 1000, used: 603 } });
    expect(replace).toMatchObject({ ok: true }); // replacing a key counts only the difference
    expect(kept).toEqual({ ok: true, value: { value: 'z'.repeat(900) } });
    await context.close();
  });
});
