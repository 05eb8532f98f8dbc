import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../../tests/support/axe.js';
import { kitchenSinkAlone, useHostPlatform } from './support/host-platform.js';
import { expectTabCycle } from './support/dialog-focus.js';
import { signedUpCitizen, type NewCitizen } from './support/journey.js';
import { focused, focusPath } from './support/shell.js';

const APP = 'kitchen-sink';

// Issue 13: the host logs each location read per app and shows the last 30 days in the consent
// center; reads past 60 an hour per app are refused RATE_LIMITED; "revoke everything" asks whether
// to delete the app's stored data too, and deletes it only when asked.
describe('location log, read rate and revoking everything, through the real host and platform', () => {
  const env = useHostPlatform(kitchenSinkAlone());

  const citizen = (who: NewCitizen) => signedUpCitizen(env, who, {
    context: {
      viewport: { width: 390, height: 800 }, timezoneId: 'Asia/Ho_Chi_Minh',
      geolocation: { latitude: 16.469_812, longitude: 107.579_438, accuracy: 10 }, permissions: ['geolocation'],
    },
  });
  const openDemo = async (page: Page): Promise<Frame> => {
    await page.goto(`${env.origin}/app/${APP}`);
    const frame = await env.appFrame(page, APP);
    await frame.getByTestId('tab-device').click();
    return frame;
  };
  /** Clicks `testId` in the demo and waits for the call's outcome in `out`. */
  const run = async (frame: Frame, testId: string, out: string) => {
    await frame.evaluate((id) => { document.querySelector(`[data-testid="${id}"]`)!.textContent = ''; }, out);
    await frame.getByTestId(testId).click();
    await expect.poll(() => frame.getByTestId(out).textContent()).not.toMatch(/^(…)?$/);
    return (await frame.getByTestId(out).textContent()) ?? '';
  };
  /**
   * The host's location log store in `page` (created as the host does, if the host has not yet):
   * `seed` puts `rows`, `all` reads every row. The host's CSP allows no eval, so no code is passed.
   */
  const logStore = (page: Page, op: 'seed' | 'all', rows: object[] = []) => page.evaluate(([what, put]) => new Promise<Array<{ at: number }>>((done, fail) => {
    const open = indexedDB.open('citadel-location-log', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('reads', { keyPath: ['appId', 'at'] }).createIndex('byAt', 'at');
    open.onerror = () => fail(open.error);
    open.onsuccess = () => {
      const tx = open.result.transaction('reads', 'readwrite');
      const store = tx.objectStore('reads');
      for (const row of put) store.put(row);
      const all = what === 'all' ? store.getAll() : undefined;
      tx.oncomplete = () => { open.result.close(); done((all?.result ?? []) as Array<{ at: number }>); };
      tx.onerror = () => fail(tx.error);
    };
  }), [op, rows] as const);
  const day = 24 * 3_600_000;
  const consentCard = async (page: Page) => {
    await page.getByTestId('app-close').click();
    await page.getByTestId('account-button').click();
    await page.getByTestId('account-consents').click();
    return page.locator(`[data-testid="consent-app"][data-app="${APP}"]`);
  };

  it('logs every read with its precision, shows the last 30 days in the consent center, and refuses the 61st read in an hour', async () => {
    const { context, page } = await citizen({ name: 'Hoàng Văn Em', phone: '0905 777 888', password: 'mật khẩu dài 7' });
    // Two reads from weeks ago: one 29 days old (shown), one 31 days old (dropped at the next read).
    const now = Date.now();
    await logStore(page, 'seed', [
      { appId: APP, at: now - 31 * day, precision: 'coarse', kind: 'current' },
      { appId: APP, at: now - 29 * day, precision: 'coarse', kind: 'watch' },
    ]);
    const frame = await openDemo(page);
    await frame.getByTestId('locate-precise').click();
    await expect.poll(async () => (await focused(page)).id).toBe('prompt-deny');
    // Tab and Shift+Tab go round the prompt (its radios, the checkbox, its two answers) without leaving it.
    const stops = await expectTabCycle(page, 'citadel-permission-prompt');
    expect(stops.map((where) => where.split(' > ').at(-1))).toEqual(expect.arrayContaining(['radios "accuracy"', 'prompt-remember ""', 'prompt-allow "Cho phép"']));
    await page.getByTestId('prompt-allow').click();
    await expect.poll(() => frame.getByTestId('location-result').textContent()).toContain('"precision": "precise"');
    for (let i = 0; i < 58; i++) expect(await run(frame, 'locate', 'location-result')).toContain('"precision": "coarse"');
    expect(await run(frame, 'locate-precise', 'location-result')).toContain('"precision": "precise"');
    // The 61st read within the hour is refused, naming the limit and the window.
    const refused = await run(frame, 'locate', 'location-result');
    expect(refused).toContain('RATE_LIMITED');
    expect(refused).toContain('60 location reads in 3600000 ms');

    const app = await consentCard(page);
    await app.getByTestId('consent-location-log').waitFor();
    expect(await app.getByTestId('consent-location-count').textContent()).toBe('61 lần');
    const rows = await logStore(page, 'all');
    expect(rows).toHaveLength(61);
    expect(rows.filter((r) => r.at < now - 30 * day)).toEqual([]);
    const reads = app.getByTestId('consent-location-read');
    expect(await reads.count()).toBe(5);
    expect(await reads.nth(0).getAttribute('data-precision')).toBe('precise');
    expect(await reads.nth(1).getAttribute('data-precision')).toBe('coarse');
    await expectAccessible(page, 'account consents with the location reads');
    // The newest read, in Vietnamese and Vietnam time, as the host formats moments elsewhere.
    const at = Math.max(...rows.map((r) => r.at));
    const moment = await page.evaluate((t) => new Intl.DateTimeFormat('vi-VN', { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Asia/Ho_Chi_Minh' }).format(t), at);
    expect(await reads.nth(0).textContent()).toContain(`${moment} · chính xác`);
    await page.getByTestId('lang').click();
    await expect.poll(() => app.getByTestId('consent-location-count').textContent()).toBe('61 reads');
    expect(await reads.nth(1).textContent()).toContain('approximate');
    await context.close();
  });

  it('revoking everything asks about the stored data: kept when declined, deleted when asked', async () => {
    const { context, page } = await citizen({ name: 'Đỗ Thị Giang', phone: '0905 888 999', password: 'mật khẩu dài 8' });
    let frame = await openDemo(page);
    await frame.getByTestId('locate').click();
    await page.getByTestId('prompt-allow').click();
    await expect.poll(() => frame.getByTestId('location-result').textContent()).toContain('coarse');
    await frame.getByTestId('note').fill('Số nhà 12 Lê Lợi');
    expect(await run(frame, 'save', 'storage-result')).toContain('ok');

    // Declined: the location grant is gone, the data stays.
    let app = await consentCard(page);
    await app.getByTestId('consent-revoke-all').click();
    const ask = app.getByTestId('consent-ask-delete');
    await ask.waitFor();
    await expect.poll(() => app.getByTestId('consent-revoke-all-keep').evaluate((b) => b.matches(':focus'))).toBe(true);
    expect(await ask.textContent()).toContain('Xoá luôn dữ liệu Trải nghiệm nền tảng đã lưu trên thiết bị này');
    await expectAccessible(page, 'account consents, revoking everything asks about the data');
    await app.getByTestId('consent-revoke-all-keep').click();
    await expect.poll(() => page.getByTestId('consent-done').textContent()).toBe('Đã thu hồi mọi quyền của Trải nghiệm nền tảng.');
    expect(await app.getByTestId('consent-grant-location').count()).toBe(0);
    expect(await app.getByTestId('consent-grant-storage').count()).toBe(1);
    frame = await openDemo(page);
    expect(await run(frame, 'load', 'storage-result')).toContain('Số nhà 12 Lê Lợi');
    // Location was revoked: the app must ask again.
    await frame.getByTestId('locate').click();
    await page.getByTestId('prompt-allow').click();
    await expect.poll(() => frame.getByTestId('location-result').textContent()).toContain('coarse');

    // Asked to delete: the grant and the data are gone; the app's storage.get finds nothing.
    app = await consentCard(page);
    await app.getByTestId('consent-revoke-all').click();
    await app.getByTestId('consent-revoke-all-delete').click();
    await expect.poll(() => page.getByTestId('consent-done').textContent())
      .toBe('Đã thu hồi mọi quyền của Trải nghiệm nền tảng và xoá dữ liệu trên thiết bị này.');
    expect(await app.getByTestId('consent-grant-storage').count()).toBe(0);
    expect(await app.getByTestId('consent-grant-location').count()).toBe(0);
    await expect.poll(() => page.locator('[data-testid="audit-entry"][data-action="storage.revoke"]').count()).toBe(1);
    frame = await openDemo(page);
    expect(await run(frame, 'load', 'storage-result')).toBe('"ok"'); // value undefined: the demo prints "ok"

    // Escape is a denial: the prompt closes and the focus is back in the app's frame.
    await frame.getByTestId('locate').click();
    await page.getByTestId('prompt-deny').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => frame.getByTestId('location-result').textContent()).toContain('PERMISSION_DENIED');
    expect(await page.locator('citadel-permission-prompt').count()).toBe(0);
    expect((await focusPath(page)).path).toEqual(['citadel-shell', 'citadel-app-view', 'iframe']);
    await context.close();
  });
});
