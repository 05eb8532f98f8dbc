import { join, resolve } from 'node:path';
import type { BrowserContext, Frame, Page } from 'playwright-core';
import { dispatchSync } from './support/background-sync.js';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../../tests/support/axe.js';
import { startReportingBackend } from '../../miniapps/reporting/backend/src/server.js';
import { signedUpCitizen, useJourney } from './support/journey.js';

const APP = 'reporting';
const repo = resolve(import.meta.dirname, '../..');

// Phản ánh hiện trường offline (issue 16): the app declares `offline` in its manifest, so the host opens it without a
// connection, from the app's own service worker; a report written then waits in the app's IndexedDB, shown as
// "waiting to send", and is filed exactly once when the phone is back online, also when the app was closed meanwhile,
// and by the app's worker's Background Sync listener when a sync event reaches it.
describe('the reporting mini-app offline: reports wait on the phone and are filed once back online', () => {
  const journey = useJourney(APP, (options) => startReportingBackend({ ...options }));
  // The suite's one citizen's reports, oldest first.
  const reports = async () =>
    (await journey.backend.database.query<{ description: string }>('SELECT description FROM reports ORDER BY id')).map((r) => r.description);

  /** Writes a report in the app's form: its words, a category, a photo when given, the position from the host. */
  const write = async (frame: Frame, description: string, photo?: Buffer) => {
    await frame.getByTestId('tab-new').click();
    await frame.getByTestId('description').fill(description);
    await frame.getByTestId('category-roads').click();
    if (photo) {
      await frame.getByTestId('photo-input').setInputFiles({ name: 'o-ga.jpg', mimeType: 'image/jpeg', buffer: photo });
      // Re-encoding without a GPU takes a moment: a generous wait, not a timed assertion.
      await expect.poll(() => frame.locator('[data-testid="thumbs"] img').count(), { timeout: 15_000 }).toBe(1);
    }
    await frame.getByTestId('locate').click();
    await expect.poll(() => frame.getByTestId('position').textContent()).toMatch(/^16\.46\d+, 107\.59\d+$/);
    await frame.getByTestId('submit').click();
  };

  /** Opens the app in a fresh page of `context` (a relaunch) and resolves with its frame, ready. */
  const open = async (context: BrowserContext): Promise<{ page: Page; frame: Frame }> => {
    const page = await context.newPage();
    await page.goto(`${journey.origin}/app/${APP}`);
    const frame = await journey.appFrame(page);
    await frame.getByTestId('description').waitFor();
    return { page, frame };
  };

  it('keeps a report written offline and files it once when back online, and after closing and reopening the app', async () => {
    const { context, page: first } = await signedUpCitizen(journey, { name: 'Hồ Thị Mạng', phone: '0905 181 818', password: 'mật khẩu dài 18' }, { context: { viewport: { width: 390, height: 800 } } });
    await context.grantPermissions(['geolocation'], { origin: journey.origin });
    await context.setGeolocation({ latitude: 16.4637, longitude: 107.5909 });

    // Online first: the citizen shares their id with the app, and the app's worker keeps its pages.
    await first.goto(`${journey.origin}/app/${APP}`);
    let frame = await journey.appFrame(first);
    await first.getByTestId('prompt-chip').click();
    await first.getByTestId('consent-allow').click();
    await expect.poll(() => frame.getByTestId('who').getAttribute('data-staff')).toBe('false');
    await frame.getByTestId('locate').click();
    await first.getByTestId('prompt-precise').check();
    await first.getByTestId('prompt-allow').click();
    await expect.poll(() => frame.getByTestId('position').textContent()).toMatch(/^16\.46/);
    await expect.poll(() => frame.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state))).toBe('activated');
    await first.goto(`${journey.origin}/`);
    await expect.poll(() => first.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active?.state))).toBe('activated');
    await first.close();

    // Offline: the host opens the app from the caches, and a report waits on the phone.
    await context.setOffline(true);
    let page: Page;
    ({ page, frame } = await open(context));
    await page.getByTestId('offline-banner').waitFor();
    const photo = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 640;
      canvas.height = 480;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#553';
      g.fillRect(0, 0, 640, 480);
      return canvas.toDataURL('image/jpeg', 0.9).split(',')[1]!;
    });
    await write(frame, 'Ổ gà sâu trước chợ Đông Ba, viết khi mất mạng', Buffer.from(photo, 'base64'));
    await expect.poll(() => frame.getByTestId('submit-result').textContent()).toContain('đã được lưu trên máy');
    const entry = frame.getByTestId('outbox-entry');
    await expect.poll(() => entry.count()).toBe(1);
    expect(await entry.getAttribute('data-state')).toBe('waiting');
    expect(await entry.textContent()).toContain('Đang chờ gửi');
    await page.screenshot({ path: join(repo, 'tests/screenshots/reporting-waiting-390.png') });
    await expectAccessible(page, 'reporting: report waiting to send offline');
    expect(await reports()).toEqual([]);

    // Back online: it leaves by itself, once.
    await context.setOffline(false);
    await expect.poll(() => entry.count(), { timeout: 20_000 }).toBe(0);
    expect(await reports()).toEqual(['Ổ gà sâu trước chợ Đông Ba, viết khi mất mạng']);
    // Its photo and position went with it, as written offline.
    const [kept] = await journey.backend.database.query<{ photos: string; latitude: number }>(
      "SELECT (SELECT count(*) FROM photos p WHERE p.report_id = r.id AND p.kind = 'report')::text AS photos, latitude FROM reports r");
    expect(kept).toMatchObject({ photos: '1' });
    expect(kept!.latitude).toBeCloseTo(16.4637, 3);

    // Offline again; this time the app is closed before the connection comes back.
    await context.setOffline(true);
    await page.reload();
    frame = await journey.appFrame(page);
    await write(frame, 'Cây đổ chắn đường Nguyễn Huệ, viết khi mất mạng');
    await expect.poll(() => frame.getByTestId('outbox-entry').count()).toBe(1);
    await page.close();
    expect(await reports()).toHaveLength(1);
    await context.setOffline(false);

    // The next open sends it first; nothing is filed twice, and the citizen's list shows both.
    ({ page, frame } = await open(context));
    await expect.poll(() => reports(), { timeout: 20_000 }).toHaveLength(2);
    await expect.poll(() => frame.getByTestId('outbox-entry').count()).toBe(0);
    expect(await reports()).toEqual(['Ổ gà sâu trước chợ Đông Ba, viết khi mất mạng', 'Cây đổ chắn đường Nguyễn Huệ, viết khi mất mạng']);
    await page.reload();
    frame = await journey.appFrame(page);
    await frame.getByTestId('description').waitFor();
    await frame.getByTestId('tab-mine').click();
    await expect.poll(() => frame.locator('[data-testid="report-card"]').count()).toBe(2);
    expect(await reports()).toHaveLength(2);

    // Background Sync. Chromium refuses to register one from the app's frame: its origin has no top-level window.
    expect(await frame.evaluate(() => navigator.serviceWorker.ready.then(
      (r) => (r as ServiceWorkerRegistration & { sync: { register(tag: string): Promise<void> } }).sync.register('reporting-outbox'),
    ).then(() => 'registered', (error: unknown) => (error as Error).name))).toBe('InvalidAccessError');
    // A sync event that reaches the worker (here DevTools') has the open page send what waits, without reopening the app.
    // Offline, a third report waits; back online, the backend is still out of reach, so the `online` event's try fails.
    await context.setOffline(true);
    await frame.getByTestId('tab-new').click();
    await write(frame, 'Cống thoát nước tràn ở đường Hùng Vương, viết khi mất mạng');
    await expect.poll(() => frame.getByTestId('outbox-entry').count()).toBe(1);
    let refused = 0;
    const backendDown = `http://localhost:${new URL(journey.backend.url).port}/**`;
    await context.route(backendDown, (route) => { refused++; return route.abort('connectionrefused'); });
    await context.setOffline(false);
    await expect.poll(() => refused).toBeGreaterThan(0);
    await context.unroute(backendDown);
    expect(await frame.getByTestId('outbox-entry').getAttribute('data-state')).toBe('waiting');
    expect(await reports()).toHaveLength(2);
    await dispatchSync(context, page, `http://${APP}.apps.localhost:${new URL(journey.origin).port}/`, 'reporting-outbox');
    await expect.poll(() => frame.getByTestId('outbox-entry').count(), { timeout: 20_000 }).toBe(0);
    expect((await reports()).filter((d) => d.startsWith('Cống thoát nước'))).toHaveLength(1);
    expect(await reports()).toHaveLength(3);
    await context.close();
  });
});
