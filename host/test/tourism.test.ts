import { resolve } from 'node:path';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerClient } from '@citadel/node';
import { createPlatformServer, discoverApps, openDatabase, type Database, type ListeningServer } from '@citadel/server';
import { startTourismBackend, type ListeningBackend } from '../../miniapps/tourism/backend/src/server.js';
import { launchChromium } from '../../tests/support/chromium.js';

const repo = resolve(import.meta.dirname, '../..');
const APP = 'tourism';

// Du lịch Huế, end to end: a citizen tops up their wallet, finds what is near them (with the
// host's location prompt), opens the Imperial City, buys a ticket through the host-drawn payment
// sheet, sees it paid (the backend's word, from the platform's signed webhook) with its QR code,
// and rates the place.
describe('the tourism mini-app, end to end through the real host, platform and its backend', () => {
  let browser: Browser;
  let database: Database;
  let server: ListeningServer;
  let backend: ListeningBackend;
  let origin: string;

  beforeAll(async () => {
    database = await openDatabase({ kind: 'pglite' });
    const platform = await createPlatformServer({ hostDir: resolve(repo, 'host/dist'), database, apps: discoverApps(resolve(repo, 'miniapps')), port: 0 });
    server = await platform.listen();
    origin = `http://localhost:${server.port}`;
    const issued = await platform.credentials.issue(APP);
    const partner = createPartnerClient({ platformUrl: origin, clientId: issued.clientId, clientSecret: issued.clientSecret });
    const webhook = await partner.webhook.set('http://localhost:8092/webhooks');
    backend = await startTourismBackend({
      port: 8092, citadelUrl: origin, appId: APP, allowedOrigin: `http://${APP}.apps.localhost:${server.port}`,
      credentials: { clientId: issued.clientId, clientSecret: issued.clientSecret, webhookSecret: webhook.secret },
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await backend?.close();
    await server?.close();
    await database?.close();
  });

  const appFrame = async (page: Page): Promise<Frame> => {
    const prefix = `http://${APP}.apps.localhost:${server.port}/`;
    await expect.poll(() => page.frames().some((f) => f.url().startsWith(prefix))).toBe(true);
    return page.frames().find((f) => f.url().startsWith(prefix))!;
  };
  const noSideScroll = (frame: Frame) => frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  const sheet = (page: Page, step: string) => page.locator(`[data-testid="payment-sheet"][data-step="${step}"]`);

  it('finds what is near, buys an Imperial City ticket, shows it paid with its QR code, and rates the place', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    await context.grantPermissions(['geolocation'], { origin });
    // On Lê Huân street, just inside the Citadel, a short walk from the Noon Gate.
    await context.setGeolocation({ latitude: 16.4690, longitude: 107.5790 });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.getByTestId('account-button').click();
    await page.getByTestId('signin-to-signup').click();
    await page.getByTestId('signup-name').fill('Trần Thị Hoa');
    await page.getByTestId('signup-phone').fill('0905 222 888');
    await page.getByTestId('signup-password').fill('mật khẩu du lịch');
    await page.getByTestId('signup-submit').click();
    await page.waitForURL('**/account');

    await page.goto(`${origin}/wallet`);
    await page.getByTestId('topup-preset-500000').check({ force: true });
    await page.getByTestId('topup-submit').click();
    await expect.poll(() => page.getByTestId('wallet-balance').getAttribute('data-amount')).toBe('500000');

    await page.goto(`${origin}/app/${APP}`);
    const frame = await appFrame(page);
    // The list is public, searchable without accents.
    await expect.poll(() => frame.getByTestId('place-card').count()).toBeGreaterThanOrEqual(28);
    await frame.getByTestId('search').fill('thien mu');
    await expect.poll(() => frame.getByTestId('place-card').count()).toBe(1);
    expect(await noSideScroll(frame)).toBe(true);

    // Near me, through the host's location prompt.
    await frame.getByTestId('tab-near').click();
    await frame.getByTestId('locate').click();
    await page.getByTestId('prompt-precise').check();
    await page.getByTestId('prompt-allow').click();
    await expect.poll(() => frame.getByTestId('near-place').count()).toBe(5);
    expect(await frame.getByTestId('near-place').first().getAttribute('data-id')).toBe('dai-noi');
    expect(await frame.getByTestId('near-place').first().getByTestId('distance').textContent()).toMatch(/^\d+ m$/);
    expect(await frame.getByTestId('near-toilet').count()).toBe(5);
    expect(await frame.getByTestId('near-toilet').first().textContent()).toMatch(/Ngọ Môn.*\d+ m/);
    expect(await frame.locator('[data-testid="near-map"] [data-kind]').count()).toBe(11);
    expect(await noSideScroll(frame)).toBe(true);

    // The Imperial City: hours, price; one ticket bought at the backend's price.
    await frame.getByTestId('near-place').first().click();
    await expect.poll(() => frame.getByTestId('place-name').textContent()).toBe('Đại Nội Huế');
    expect(await frame.getByTestId('place-hours').textContent()).toBe('Mở cửa 06:30–17:30');
    expect(await frame.getByTestId('place-price').textContent()).toMatch(/200\.000\s*₫/);
    await frame.getByTestId('buy').click();
    // The first signed call: the host asks once to share the pairwise id with the app.
    await page.getByTestId('consent-allow').click();
    await sheet(page, 'ready').waitFor();
    expect(await page.getByTestId('pay-amount').textContent()).toMatch(/200\.000\s*₫/);
    expect(await page.getByTestId('pay-description').textContent()).toContain('Vé tham quan Đại Nội Huế × 1');
    await page.getByTestId('pay-password').fill('mật khẩu du lịch');
    await page.getByTestId('pay-confirm').click();

    // Paid only once the backend saw the platform's signed webhook; then the QR code.
    await expect.poll(() => frame.getByTestId('ticket-status').getAttribute('data-status'), { timeout: 20_000 }).toBe('paid');
    expect(Number(await frame.getByTestId('ticket-qr').getAttribute('data-modules'))).toBeGreaterThanOrEqual(21);
    const code = (await frame.getByTestId('ticket-code').textContent())!;
    expect(code).toMatch(/^TK-[\w-]+\.dai-noi\.1\.[\w-]{22}$/);
    // The gate's check (no origin: not a browser call) confirms the code.
    const check = await (await fetch(`${backend.url}/public/tickets/check?code=${encodeURIComponent(code)}`)).json();
    expect(check).toMatchObject({ valid: true, placeId: 'dai-noi', quantity: 1 });
    expect(await noSideScroll(frame)).toBe(true);
    await frame.getByTestId('tab-tickets').click();
    await expect.poll(() => frame.locator('[data-testid="ticket"] [data-testid="ticket-status"]').getAttribute('data-status')).toBe('paid');

    // Rate the place; the review shows, without the citizen's name.
    await frame.getByTestId('tab-places').click();
    await frame.getByTestId('search').fill('dai noi');
    await frame.locator('[data-testid="place-card"][data-id="dai-noi"]').click();
    await frame.getByTestId('star-5').click();
    await frame.getByTestId('review-comment').fill('Rất đẹp, nên đi buổi sáng sớm.');
    await frame.getByTestId('review-submit').click();
    await expect.poll(() => frame.getByTestId('review-result').textContent()).toContain('5/5');
    await expect.poll(() => frame.getByTestId('review-entry').count()).toBe(1);
    expect(await frame.getByTestId('review-entry').getAttribute('data-stars')).toBe('5');
    expect(await frame.getByTestId('review-comment-text').textContent()).toBe('Rất đẹp, nên đi buổi sáng sớm.');
    expect(await frame.getByTestId('review-summary').textContent()).toContain('5★ (1');
    expect(await frame.getByTestId('place').textContent()).not.toContain('Trần Thị Hoa');
    await context.close();
  });
});
