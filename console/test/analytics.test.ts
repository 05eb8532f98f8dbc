import { resolve } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kitchenSinkDist, kitchenSinkManifest, startHostPlatform } from '../../host/test/support/host-platform.js';
import { signedUpCitizen } from '../../host/test/support/journey.js';
import { registerCitizen, signInOnConsole, type ConsolePlatform } from './support/console-platform.js';

const OWNER = { phone: '0905 600 700', password: 'mật khẩu dài 1', name: 'Trần Thị Số Liệu' };
const CITIZEN = { phone: '0905 800 900', password: 'mật khẩu dài 2', name: 'Người Dân' };
const ORG = 'hue-demo';
const ANALYTICS = `/orgs/${ORG}/apps/kitchen-sink/analytics`;

// Analytics per app, end to end in real Chromium: a citizen opens the demo app in the host and is refused a permission
// in it; the host reports the launch (tap → ready) and the bridge error when the page goes away; the partner's
// console shows them as charts drawn on a canvas, with the numbers as tables, in Vietnamese and English.
describe('an app\'s analytics, from a citizen\'s launch in the host to the partner\'s console', () => {
  let env: ConsolePlatform;
  let owner: { context: BrowserContext; page: Page };
  const errors: string[] = [];
  const tableRow = (page: Page, id: string) => page.getByTestId(`table-${id}`).locator('tbody tr').last();

  beforeAll(async () => {
    const started = await startHostPlatform([], { consoleDir: resolve(import.meta.dirname, '../dist') });
    env = Object.assign(started, { consoleOrigin: started.platform.origins.console });
    await registerCitizen(env.origin, OWNER);
    const context = await env.browser.newContext({ viewport: { width: 320, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${env.consoleOrigin}/`);
    await signInOnConsole(page, env.origin, OWNER);
    // From here on (the signed-out page's 401 for who is signed in is an answer, which Chromium logs as an error).
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    owner = { context, page };
    // The partner's organisation, from the console's page (its session and its Origin); the demo app becomes its app.
    expect(await page.evaluate(async (id) => (await fetch('/api/developer/v1/orgs', {
      method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ id, name: 'Huế demo' }),
    })).status, ORG)).toBe(201);
    const manifest = kitchenSinkManifest() as { name: { vi: string; en: string } };
    await env.platform.apps.create({ id: 'kitchen-sink', name: manifest.name, kind: 'hosted', orgId: ORG, byOperator: true });
    await env.platform.publish({ manifest, dir: kitchenSinkDist });
  });
  afterAll(() => env?.close());

  it('shows an empty state before any citizen opened the app, and is linked from the app', async () => {
    const { page } = owner;
    await page.goto(`${env.consoleOrigin}/orgs/${ORG}/apps/kitchen-sink`);
    await page.getByTestId('to-analytics').click();
    expect(new URL(page.url()).pathname).toBe(ANALYTICS);
    await expect.poll(() => page.locator('h1:visible').first().textContent()).toBe('Số liệu của Trải nghiệm nền tảng');
    expect(await page.getByTestId('analytics-empty').textContent()).toContain('Chưa có số liệu nào trong 30 ngày qua');
    expect(await page.getByTestId('empty-launches').textContent()).toBe('Không có số liệu trong khoảng này.');
    expect(await page.locator('canvas').count()).toBe(0);
  });

  it('counts a citizen\'s launch with its tap → ready time and a refused permission, and draws them', async () => {
    const { context, page } = await signedUpCitizen(env, CITIZEN);
    await page.goto(`${env.origin}/`);
    await page.getByTestId('app-kitchen-sink').click();
    const frame = await env.appFrame(page, 'kitchen-sink');
    // The demo says `ready` once connected: the host's loading overlay goes.
    await frame.getByTestId('status').waitFor();
    await expect.poll(() => page.getByTestId('app-loading').count()).toBe(0);
    await frame.getByTestId('locate').click();
    await page.getByTestId('prompt-deny').click();
    await expect.poll(() => frame.getByTestId('location-result').textContent()).toContain('PERMISSION_DENIED');
    // The citizen closes the tab: the host sends what it measured as the page goes away, in a keepalive request.
    await page.close({ runBeforeUnload: true });
    await expect.poll(async () => (await env.database.query<{ n: number }>('SELECT count(*)::int AS n FROM app_launches'))[0]!.n).toBe(1);
    await expect.poll(async () => (await env.database.query('SELECT 1 FROM app_bridge_errors')).length).toBe(1);
    await context.close();

    const owned = owner.page;
    await owned.goto(`${env.consoleOrigin}${ANALYTICS}`);
    await owned.getByTestId('section-launches').locator('canvas').first().waitFor();
    for (const chart of ['launches', 'ready', 'errors']) {
      expect(await owned.getByTestId(`chart-${chart}`).locator('canvas').count(), chart).toBeGreaterThan(0);
    }
    expect(await owned.getByTestId('analytics-empty').count()).toBe(0);
    expect(await owned.getByTestId('empty-money').textContent()).toBe('Không có số liệu trong khoảng này.');
    // The series are named in the person's language (uPlot's legend; the axes' labels are drawn on the canvas).
    expect(await owned.getByTestId('chart-launches').locator('.u-legend .u-label').allTextContents()).toEqual(['Lượt mở', 'Người dùng (khác nhau)']);
    // The same numbers as a table: today is the last row.
    await owned.getByTestId('table-launches').locator('summary').click();
    expect(await tableRow(owned, 'launches').locator('td').allTextContents()).toEqual(['1', '1']);
    await owned.getByTestId('table-ready').locator('summary').click();
    const [p50, p95, samples] = await tableRow(owned, 'ready').locator('td').allTextContents();
    expect(samples).toBe('1');
    expect(Number(p50!.replace(/\D/g, ''))).toBeGreaterThan(0);
    expect(p95).toBe(p50);
    await owned.getByTestId('table-errors').locator('summary').click();
    expect(await owned.getByTestId('table-errors').locator('thead th').allTextContents()).toEqual(['Ngày', 'PERMISSION_DENIED']);
    expect(await tableRow(owned, 'errors').locator('td').allTextContents()).toEqual(['1']);
  });

  it('switches to English and to 7 days, fits 320 px, and logged no error (the strict CSP refused nothing)', async () => {
    const { page } = owner;
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => page.locator('h1:visible').first().textContent()).toBe('Analytics of Platform demo');
    await expect.poll(() => page.getByTestId('chart-launches').locator('.u-legend .u-label').allTextContents()).toEqual(['Launches', 'Citizens (different)']);
    expect(await page.getByTestId('section-ready').locator('h2').textContent()).toBe('Time from tap to ready');
    await page.getByTestId('period-7').click();
    await expect.poll(() => page.getByTestId('period-7').getAttribute('aria-pressed')).toBe('true');
    await page.getByTestId('table-launches').locator('summary').click();
    await expect.poll(() => page.getByTestId('table-launches').locator('tbody tr').count()).toBe(7);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
  });
});
