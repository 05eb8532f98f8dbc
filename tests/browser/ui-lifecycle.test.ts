import { describe, expect, it } from 'vitest';
import { launchConnected, openHarness } from '../support/harness.js';
import { useBrowserPlatform } from '../support/setup.js';

describe('app and ui namespaces, lifecycle events', () => {
  const env = useBrowserPlatform();

  it('reports ready, title, back button and close requests to the host chrome', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    expect(await page.evaluate(() => window.harness.back('good'))).toBe(false); // no back button yet: the host closes
    const results = await frame.evaluate(async () => [
      await window.fx.ready(),
      await window.fx.ns('ui', 'setTitle', { title: 'Phản ánh hiện trường' }),
      await window.fx.ns('ui', 'setBackButton', { visible: true }),
      await window.fx.ns('ui', 'getTheme'),
      await window.fx.ns('ui', 'getSafeAreaInsets'),
    ]);
    expect(results.map((r) => (r.ok ? r.value : r.code))).toEqual([
      undefined, null, null, { scheme: 'light', accent: '#b3261e' }, { top: 1, right: 2, bottom: 3, left: 4 },
    ]);
    expect(await page.evaluate(() => window.harness.back('good'))).toBe(true);
    await frame.waitForFunction(() => window.fx.events.some((e) => e.name === 'back'));
    await frame.evaluate(() => window.fx.call('app.close'));
    const log = await page.evaluate(() => window.harness.events('good').map((e) => [e.name, e.data]));
    expect(log).toEqual([['connected', null], ['ready', null], ['title', 'Phản ánh hiện trường'], ['backButton', true], ['closeRequest', null]]);
    await context.close();
  });

  it('sends hide and show as the host changes visibility, and close before removing the frame', async () => {
    const { page, context } = await openHarness(env.browser, env.platform.hostOrigin);
    const frame = await launchConnected(page, 'good', env.platform.origin('good'));
    await page.evaluate(() => {
      window.harness.setVisible('good', false);
      window.harness.setVisible('good', true);
      window.harness.emit('good', 'theme', { scheme: 'dark', accent: '#ffb4ab' });
    });
    await frame.waitForFunction(() => window.fx.events.length >= 3);
    expect(await frame.evaluate(() => window.fx.events)).toEqual([
      { name: 'hide', data: {} }, { name: 'show', data: {} }, { name: 'theme', data: { scheme: 'dark', accent: '#ffb4ab' } },
    ]);
    await page.evaluate(() => window.harness.close('good'));
    expect(await page.evaluate(() => window.harness.frameCount())).toBe(0);
    await context.close();
  });
});
