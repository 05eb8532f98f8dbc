import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { formatMoment } from '@citadel/sdk/format';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../../tests/support/axe.js';
import { startHostPlatform } from './support/host-platform.js';
import { forTheSuite } from './support/for-the-suite.js';
import { signedUpCitizen, topUp } from './support/journey.js';

const repo = resolve(import.meta.dirname, '../..');
const PHONE = { width: 390, height: 800 };

/** The page's service worker is active and controls it: what it fetches from now on goes through the worker. */
const controlled = async (page: Page) => {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  if (!(await page.evaluate(() => navigator.serviceWorker.controller !== null))) await page.reload();
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null)).toBe(true);
};

// The host as a PWA (issue 16, "Offline and PWA"): the real platform serves a copy of the built host, so the test can
// release a new build of it (a changed sw.js) under the open page.
describe('the host offline: catalogue, alerts, wallet and account from the last answers, and the update prompt', () => {
  const env = forTheSuite(async () => {
    const hostDir = mkdtempSync(join(tmpdir(), 'citadel-host-offline-'));
    cpSync(join(repo, 'host/dist'), hostDir, { recursive: true });
    const host = await startHostPlatform(undefined, { hostDir });
    return { ...host, hostDir, close: async () => { await host.close(); rmSync(hostDir, { recursive: true, force: true }); } };
  });

  it('reloads offline with the catalogue, the last alerts "as of" their time, the wallet read-only and the citizen signed in', async () => {
    // A phone set to Paris: the lists' "as of" is Huế's time, naming the zone.
    const { context, page } = await signedUpCitizen(env, { name: 'Trần Thị Ngoại', phone: '0905 161 616', password: 'mật khẩu dài 16' },
      { context: { viewport: PHONE, timezoneId: 'Europe/Paris' } });
    await topUp(page, env.origin, 200_000);
    // The citizen is also an authority (the operator's role), and publishes an alert for the whole city: it reaches them.
    await env.database.query("UPDATE citizens SET roles = '{authority}' WHERE phone = '+84905161616'");
    const published = await page.evaluate(async () => {
      const now = Date.now();
      const response = await fetch('/api/alerts', {
        method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': crypto.randomUUID() },
        body: JSON.stringify({
          sender: 'UBND thành phố Huế', severity: 'moderate', category: 'weather',
          headline: { vi: 'Mưa lớn chiều nay ở Huế', en: 'Heavy rain in Huế this afternoon' },
          description: { vi: 'Mưa to đến rất to từ 14 giờ.' },
          area: { description: 'Toàn thành phố', wholeCity: true, wards: [], polygons: [] },
          expiresAt: new Date(now + 6 * 3_600_000).toISOString(),
        }),
      });
      return response.status;
    });
    expect(published).toBe(201);

    // Online once under the worker: the home (catalogue, alerts), the wallet and the account are read through it.
    await page.goto(`${env.origin}/`);
    await controlled(page);
    await page.getByTestId('alert-banner-item').first().waitFor();
    await page.locator('[data-testid^="app-"]').first().waitFor();
    await page.goto(`${env.origin}/wallet`);
    await expect.poll(() => page.getByTestId('wallet-balance').getAttribute('data-amount')).toBe('200000');
    await page.goto(`${env.origin}/inbox`);
    await page.locator('[data-testid="inbox-entry"][data-kind="alert"]').waitFor();
    await page.goto(`${env.origin}/alerts`);
    await page.getByTestId('alert-history-entry').first().waitFor();
    // Fresh from the platform, the lists say no "as of".
    expect(await page.getByTestId('alerts-as-of').count()).toBe(0);
    await page.goto(`${env.origin}/`);
    await page.getByTestId('alert-banner-item').first().waitFor();
    expect(await page.getByTestId('offline-banner').count()).toBe(0);
    // The apps' icons (other origins) were kept by the worker, not only by the browser's HTTP cache.
    const reportingIcon = await page.locator('[data-testid="app-reporting"] img').evaluate((img: HTMLImageElement) => img.src);
    await expect.poll(() => page.evaluate(async (src) => (await (await caches.open('host-icons')).match(src)) !== undefined, reportingIcon)).toBe(true);

    const wentOffline = Date.now();
    await context.setOffline(true);
    await page.reload();
    // The catalogue with its icons, the alert, and who is signed in, from the last answers.
    await page.locator('[data-testid="app-reporting"]').waitFor();
    await expect.poll(() => page.locator('[data-testid="app-reporting"] img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    expect(await page.getByTestId('alert-banner-item').first().textContent()).toContain('Mưa lớn chiều nay ở Huế');
    expect(await page.getByTestId('account-button').getAttribute('data-signed-in')).toBe('true');
    const banner = page.getByTestId('offline-banner');
    expect(await banner.getAttribute('role')).toBe('status');
    expect(await banner.textContent()).toContain('Bạn đang ngoại tuyến');
    await expect.poll(() => page.getByTestId('offline-as-of').textContent()).toMatch(/^Dữ liệu lúc .*\d{2}:\d{2}/);
    const asOf = Date.parse((await page.getByTestId('offline-as-of').getAttribute('data-at'))!);
    // The time the platform sent what is shown: before the phone went offline.
    expect(asOf).toBeLessThanOrEqual(wentOffline);
    // The home's alerts say it themselves, in Huế's time with the zone named.
    const paris = { phoneZone: 'Europe/Paris' };
    const bannerAsOf = page.getByTestId('alert-banner-as-of');
    await bannerAsOf.waitFor();
    const bannerAt = Date.parse((await bannerAsOf.getAttribute('data-at'))!);
    expect(bannerAt).toBeLessThanOrEqual(wentOffline);
    expect(await bannerAsOf.textContent()).toBe(`Danh sách lúc ${formatMoment(bannerAt, 'vi', paris)}, khi còn kết nối.`);
    await page.screenshot({ path: join(repo, 'tests/screenshots/offline-home-390.png') });
    await expectAccessible(page, 'offline banner');

    // English says it in English.
    await page.getByTestId('lang').click();
    await expect.poll(() => banner.textContent()).toContain('You are offline');
    expect(await page.getByTestId('offline-as-of').textContent()).toMatch(/^Data as of /);
    await page.getByTestId('lang').click();

    // The wallet opens offline, not the browser's error page, and reads its last balance; a top-up is refused, saying why.
    await page.goto(`${env.origin}/wallet`);
    await expect.poll(() => page.getByTestId('wallet-balance').getAttribute('data-amount')).toBe('200000');
    await page.getByTestId('topup-preset-50000').check({ force: true });
    await page.getByTestId('topup-submit').click();
    await expect.poll(() => page.getByTestId('topup-error').textContent()).toContain('Không kết nối được');
    expect(await page.getByTestId('wallet-balance').getAttribute('data-amount')).toBe('200000');
    await page.screenshot({ path: join(repo, 'tests/screenshots/offline-wallet-390.png') });
    await expectAccessible(page, 'wallet offline with a refused top-up');

    // The account screen shows who is signed in, from the last answer.
    await page.goto(`${env.origin}/account`);
    await page.locator('citadel-account-page').getByText('Trần Thị Ngoại').first().waitFor();

    // The inbox reads its last page, with the alert, and the list itself says "as of" when the platform sent it, in
    // Huế's time with the zone named, in Vietnamese and English.
    await page.goto(`${env.origin}/inbox`);
    await page.locator('[data-testid="inbox-entry"][data-kind="alert"]').waitFor();
    expect(await page.locator('[data-testid="inbox-entry"][data-kind="alert"]').textContent()).toContain('Mưa lớn chiều nay ở Huế');
    await expect.poll(() => page.getByTestId('offline-as-of').textContent()).toMatch(/^Dữ liệu lúc /);
    const inboxAsOf = page.getByTestId('inbox-as-of');
    await inboxAsOf.waitFor();
    const inboxAt = Date.parse((await inboxAsOf.getAttribute('data-at'))!);
    expect(inboxAt).toBeLessThanOrEqual(wentOffline);
    expect(await inboxAsOf.textContent()).toBe(`Danh sách lúc ${formatMoment(inboxAt, 'vi', paris)}, khi còn kết nối.`);
    expect(await inboxAsOf.textContent()).toContain('GMT+7');
    await page.screenshot({ path: join(repo, 'tests/screenshots/offline-inbox-390.png') });
    await page.getByTestId('lang').click();
    await expect.poll(() => inboxAsOf.textContent()).toBe(`As of ${formatMoment(inboxAt, 'en', paris)}, when last online.`);
    await page.getByTestId('lang').click();

    // The alerts screen opens the host too (never the browser's offline page), its history from the last answer
    // "as of" its time; so does an app's address.
    await page.goto(`${env.origin}/alerts`);
    await expect.poll(() => page.locator('citadel-shell').count()).toBe(1);
    await page.getByTestId('offline-banner').waitFor();
    expect(await page.getByTestId('alert-history-entry').first().textContent()).toContain('Mưa lớn chiều nay ở Huế');
    const alertsAsOf = page.getByTestId('alerts-as-of');
    await alertsAsOf.waitFor();
    const alertsAt = Date.parse((await alertsAsOf.getAttribute('data-at'))!);
    expect(alertsAt).toBeLessThanOrEqual(wentOffline);
    expect(await alertsAsOf.textContent()).toBe(`Danh sách lúc ${formatMoment(alertsAt, 'vi', paris)}, khi còn kết nối.`);
    await page.goto(`${env.origin}/app/school`);
    await expect.poll(() => page.locator('citadel-launch-notice').getAttribute('status')).toBe('offline');

    // Back online, the platform answers again and the banner goes, and the inbox is fresh: no "as of".
    await context.setOffline(false);
    await page.goto(`${env.origin}/`);
    await page.getByTestId('alert-banner-item').first().waitFor();
    await expect.poll(() => page.getByTestId('offline-banner').count()).toBe(0);
    expect(await page.getByTestId('alert-banner-as-of').count()).toBe(0);
    await page.getByTestId('inbox-button').click();
    await page.locator('[data-testid="inbox-entry"][data-kind="alert"]').waitFor();
    expect(await page.getByTestId('inbox-as-of').count()).toBe(0);
    await context.close();
  });

  it('forgets the citizen\'s kept answers when they sign out: offline, the next person sees the catalogue but no account', async () => {
    const { context, page } = await signedUpCitizen(env, { name: 'Phạm Văn Rời', phone: '0905 171 717', password: 'mật khẩu dài 17' }, { context: { viewport: PHONE } });
    await page.goto(`${env.origin}/`);
    await controlled(page);
    await expect.poll(() => page.getByTestId('account-button').getAttribute('data-signed-in')).toBe('true');
    expect(await page.evaluate(() => caches.has('host-api'))).toBe(true);
    await page.goto(`${env.origin}/account`);
    await page.getByTestId('signout').click();
    await expect.poll(() => page.getByTestId('account-button').getAttribute('data-signed-in')).toBe('false');
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('host-api')).match('/api/me')) === undefined)).toBe(true);
    expect(await page.evaluate(async () => (await (await caches.open('host-api')).match('/api/inbox/unread')) === undefined)).toBe(true);
    await context.setOffline(true);
    await page.goto(`${env.origin}/`);
    await page.locator('citadel-shell').waitFor();
    await page.getByTestId('offline-banner').waitFor();
    await page.locator('[data-testid="app-reporting"]').waitFor();
    expect(await page.getByTestId('account-button').getAttribute('data-signed-in')).toBe('false');
    await context.close();
  });

  it('offers a new version when its service worker waits, and reloads into it', async () => {
    const context = await env.browser.newContext({ viewport: PHONE });
    const page = await context.newPage();
    await page.goto(`${env.origin}/`);
    await controlled(page);
    const before = await page.evaluate(() => navigator.serviceWorker.controller!.scriptURL);
    expect(await page.getByTestId('update-prompt').count()).toBe(0);

    // A new build: the worker's bytes change, so the browser installs it beside the one in control, where it waits.
    appendFileSync(join(env.hostDir, 'sw.js'), `\n// a new build ${Date.now()}\n`);
    // Compressed copies written at build would still hold the old worker: without them, the server sends the new one.
    for (const copy of ['sw.js.br', 'sw.js.gz']) rmSync(join(env.hostDir, copy), { force: true });
    await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.update()));
    const prompt = page.getByTestId('update-prompt');
    await prompt.waitFor();
    expect(await prompt.getAttribute('role')).toBe('status');
    expect(await prompt.textContent()).toContain('Có phiên bản mới');
    await page.getByTestId('lang').click();
    await expect.poll(() => prompt.textContent()).toContain('A new version of Huế-S is ready');
    expect(await page.getByTestId('update-reload').textContent()).toBe('Reload');
    await page.getByTestId('lang').click();
    const waiting = await page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting !== null));
    expect(waiting).toBe(true);
    await page.screenshot({ path: join(repo, 'tests/screenshots/update-prompt-390.png') });
    await expectAccessible(page, 'update prompt');

    await Promise.all([page.waitForEvent('load'), page.getByTestId('update-reload').click()]);
    await expect.poll(() => page.evaluate(() => navigator.serviceWorker.getRegistration().then((r) => r?.waiting === null && r.active !== null))).toBe(true);
    expect(await page.evaluate(() => navigator.serviceWorker.controller?.scriptURL)).toBe(before);
    expect(await page.getByTestId('update-prompt').count()).toBe(0);
    await context.close();
  });
});
