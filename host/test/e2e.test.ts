import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { accessibilityViolations, expectAccessible } from '../../tests/support/axe.js';
import { useHostPlatform } from './support/host-platform.js';

describe('citizen host, end to end: open the host, launch the demo, grant location, see the result', () => {
  const env = useHostPlatform();

  const openHost = async (path = '/') => {
    const context = await env.browser.newContext({
      viewport: { width: 390, height: 800 },
      geolocation: { latitude: 16.469_812, longitude: 107.579_438, accuracy: 10 },
      permissions: ['geolocation'],
    });
    const page = await context.newPage();
    await page.goto(`${env.origin}${path}`);
    return { context, page };
  };

  const demoFrame = (page: Page): Promise<Frame> => env.appFrame(page, 'kitchen-sink');

  it('lists the registry catalogue by category, in Vietnamese first, with search and an English switch', async () => {
    const { page, context } = await openHost();
    await expect.poll(() => page.getByTestId('category-public-services').textContent()).toContain('Dịch vụ công');
    await expect.poll(() => page.getByTestId('app-kitchen-sink').textContent()).toContain('Trải nghiệm nền tảng');
    await expectAccessible(page, 'home signed out');
    await page.getByTestId('search').fill('trai nghiem');
    expect(await page.getByTestId('app-kitchen-sink').count()).toBe(1);
    await page.getByTestId('search').fill('không có dịch vụ này');
    expect(await page.getByTestId('app-kitchen-sink').count()).toBe(0);
    await page.getByTestId('search').fill('');
    await page.getByTestId('lang').click();
    await expect.poll(() => page.getByTestId('app-kitchen-sink').textContent()).toContain('Platform demo');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectAccessible(page, 'home signed out, English');
    await context.close();
  });

  it('launches the demo, asks for location in a host-drawn prompt, and the demo shows the position', async () => {
    const { page, context } = await openHost();
    await page.getByTestId('app-kitchen-sink').click();
    expect(new URL(page.url()).pathname).toBe('/app/kitchen-sink');
    const frame = await demoFrame(page);
    await expect.poll(() => page.getByTestId('app-title').textContent()).toBe('Trải nghiệm nền tảng');
    await frame.getByTestId('locate').waitFor();
    await expectAccessible(page, 'kitchen sink: device tab in the app view');
    await frame.getByTestId('locate').click();
    // The prompt is the host's, in the host's document, not the frame's.
    await page.getByTestId('prompt-allow').waitFor();
    await expectAccessible(page, 'location permission prompt');
    await page.getByTestId('prompt-allow').click();
    await expect.poll(() => frame.getByTestId('location-result').textContent()).toContain('"latitude": 16.465');
    expect(await frame.getByTestId('location-result').textContent()).toContain('"precision": "coarse"');
    // The app's other tabs.
    for (const [tab, screen] of [['ui', 'kitchen sink: ui tab'], ['citizen', 'kitchen sink: citizen tab'], ['more', 'kitchen sink: more tab']] as const) {
      await frame.getByTestId(`tab-${tab}`).click();
      await expect.poll(() => frame.getByTestId(`tab-${tab}`).getAttribute('aria-current')).toBe('page');
      await expectAccessible(page, screen);
    }
    // The positive control: axe audits inside the app's cross-origin frame and inside the host's shadow roots. An
    // image without a text alternative in the frame and a nameless button in the app view's shadow root are found.
    await frame.evaluate(() => document.body.append(Object.assign(document.createElement('img'), { src: '/icon.svg', className: 'axe-control' })));
    await page.locator('citadel-app-view').evaluate((view) => view.shadowRoot!.append(Object.assign(document.createElement('button'), { className: 'axe-control' })));
    const found = (await accessibilityViolations(page)).flatMap(({ frame: url, violation }) =>
      violation.nodes.map((node) => ({ frame: new URL(url).host, rule: violation.id, target: node.target })));
    // The host's document first, then the app's frame; nothing else.
    expect(found).toEqual([
      { frame: new URL(env.origin).host, rule: 'button-name', target: [['citadel-shell', 'citadel-app-view', '.axe-control']] },
      { frame: new URL(frame.url()).host, rule: 'image-alt', target: ['img'] },
    ]);
    await context.close();
  });

  it('keeps the demo’s storage, closes back to the catalogue and lists it under recent apps', async () => {
    const { page, context } = await openHost();
    await page.getByTestId('app-kitchen-sink').click();
    let frame = await demoFrame(page);
    await frame.getByTestId('note').fill('Cây đổ trên đường Lê Lợi');
    await frame.getByTestId('save').click();
    await expect.poll(() => frame.getByTestId('storage-result').textContent()).toContain('ok');
    await page.getByTestId('app-close').click();
    expect(new URL(page.url()).pathname).toBe('/');
    await expect.poll(() => page.getByTestId('recent').textContent()).toContain('Trải nghiệm nền tảng');
    await page.getByTestId('recent').getByTestId('app-kitchen-sink').click();
    frame = await demoFrame(page);
    await frame.getByTestId('load').click();
    await expect.poll(() => frame.getByTestId('storage-result').textContent()).toContain('Cây đổ trên đường Lê Lợi');
    await context.close();
  });

  it('opens an app from a deep link and records web vitals', async () => {
    const { page, context } = await openHost('/app/kitchen-sink');
    const frame = await demoFrame(page);
    await expect.poll(() => frame.getByTestId('status').textContent()).toContain('kitchen-sink');
    const vitals = await page.evaluate(() => (window as unknown as { __citadelVitals: Array<{ name: string }> }).__citadelVitals.map((v) => v.name));
    expect(vitals).toContain('TTFB');
    await context.close();
  });
});
