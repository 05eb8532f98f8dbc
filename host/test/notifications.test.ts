import type { Frame, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../../tests/support/axe.js';
import { kitchenSinkDist, kitchenSinkManifest, useHostPlatform } from './support/host-platform.js';
import { noSideScroll, PHONE, signedUpCitizen } from './support/journey.js';

const APP = 'kitchen-sink';

/**
 * The demo app's build under a manifest of this test's own: two topics, and notifications may
 * open paths under `/reports/` and `/news/` (whatever the demo's own manifest declares).
 */
const demoManifest = (deepLinks: string[]) => ({
  ...kitchenSinkManifest(),
  notifications: {
    topics: [
      { id: 'status', name: { vi: 'Trạng thái phản ánh', en: 'Report status' } },
      { id: 'news', name: { vi: 'Tin tức', en: 'News' } },
    ],
    deepLinks,
  },
});

// A citizen lets the demo app notify them in the host-drawn prompt; the partner sends through the
// partner API; the bell counts it; the inbox names the app as the registry does and opens the app
// at the deep link (only a path the catalogue's manifest allows); the consent center mutes a topic,
// shows and revokes the host-held grants too, and after revoking, the partner's next send is refused.
describe('notifications, end to end through the real host, platform and partner API', () => {
  const env = useHostPlatform([{ manifest: demoManifest(['/reports/', '/news/']), dir: kitchenSinkDist }]);
  let basic: string;
  let sends = 0;

  beforeAll(async () => {
    const issued = await env.platform.credentials.issue(APP);
    basic = `Basic ${Buffer.from(`${issued.clientId}:${issued.clientSecret}`).toString('base64')}`;
  });

  const pathOf = (page: Page) => new URL(page.url()).pathname;
  const demoFrame = (page: Page): Promise<Frame> => env.appFrame(page, APP);
  /** The partner's backend sending one notification to the citizen it knows as `to`. */
  const send = async (to: string, topic: string, title: string | { vi: string; en: string }, path: string) => {
    const response = await fetch(`${env.origin}/api/partner/v1/notifications`, {
      method: 'POST',
      headers: { authorization: basic, 'content-type': 'application/json', 'idempotency-key': `send-${++sends}` },
      body: JSON.stringify({ to, topic, title, body: `Nội dung: ${typeof title === 'string' ? title : title.vi}`, path }),
    });
    return { status: response.status, body: (await response.json()) as { code?: string; notification?: { id: string } } };
  };

  it('grants in the host prompt, counts, opens at the deep link, mutes and revokes in the consent center', async () => {
    const { context, page } = await signedUpCitizen(env, { name: 'Trần Thị Bình', phone: '0905 111 222', password: 'mật khẩu dài 2' });
    await context.grantPermissions(['geolocation'], { origin: env.origin });
    await context.setGeolocation({ latitude: 16.4637, longitude: 107.5909 });
    expect(await page.getByTestId('inbox-badge').count()).toBe(0);

    // The app asks; the host draws the prompt with the manifest's reason; the answer is the host's.
    await page.goto(`${env.origin}/app/${APP}`);
    let frame = await demoFrame(page);
    // Checking first never prompts: not allowed yet.
    await frame.getByTestId('tab-more').click();
    await frame.getByTestId('notify-status').click();
    await expect.poll(() => frame.getByTestId('more-result').textContent()).toContain('"granted": false');
    expect(await page.getByTestId('prompt-allow').count()).toBe(0);
    await frame.getByTestId('notify').click();
    await page.getByTestId('prompt-allow').click();
    await expect.poll(() => frame.getByTestId('more-result').textContent()).toContain('"granted": true');
    await frame.evaluate(() => { document.querySelector('[data-testid="more-result"]')!.textContent = ''; });
    await frame.getByTestId('notify-status').click();
    await expect.poll(() => frame.getByTestId('more-result').textContent()).toContain('"granted": true');
    // Asked again, the platform already holds the grant: no prompt.
    await frame.evaluate(() => { document.querySelector('[data-testid="more-result"]')!.textContent = ''; });
    await frame.getByTestId('notify').click();
    await expect.poll(() => frame.getByTestId('more-result').textContent()).toContain('"granted": true');
    expect(await page.getByTestId('prompt-allow').count()).toBe(0);
    // Host-held grants, for the consent center: coarse location, and some storage.
    await frame.getByTestId('tab-device').click();
    await frame.getByTestId('locate').click();
    await page.getByTestId('prompt-allow').click();
    await expect.poll(() => frame.getByTestId('location-result').textContent()).toContain('coarse');
    await frame.getByTestId('note').fill('ghi chú');
    await frame.getByTestId('save').click();
    await expect.poll(() => frame.getByTestId('storage-result').textContent()).toContain('ok');

    // The partner knows the citizen only by the app's pairwise id.
    const [grant] = await env.database.query<{ subject: string }>("SELECT subject FROM notification_grants WHERE app_id = $1", [APP]);
    const sub = grant!.subject;
    const report = await send(sub, 'status', { vi: 'Phản ánh đã được tiếp nhận', en: 'Your report was received' }, '/reports/HUE-2026-00123?tab=map');
    expect(report.status).toBe(201);
    const news = await send(sub, 'news', 'Tin mới của thành phố', '/news/7');
    expect(news.status).toBe(201);
    // A new version narrows the app's deep links meanwhile: `/news/` may no longer be opened.
    await env.platform.publish({ manifest: { ...demoManifest(['/reports/']), version: '1.0.1' }, dir: kitchenSinkDist });

    await page.goto(`${env.origin}/`);
    await expect.poll(() => page.getByTestId('inbox-badge').textContent()).toBe('2');
    await page.getByTestId('inbox-button').click();
    expect(pathOf(page)).toBe('/inbox');
    const entries = page.getByTestId('inbox-entry');
    await expect.poll(() => entries.count()).toBe(2);
    // Newest first; the app's name is the registry's, the title and body the partner's.
    expect(await entries.nth(0).getAttribute('data-id')).toBe(news.body.notification!.id);
    expect(await entries.nth(1).getByTestId('inbox-app-name').textContent()).toBe('Trải nghiệm nền tảng');
    expect(await entries.nth(1).getByTestId('inbox-title').textContent()).toBe('Phản ánh đã được tiếp nhận');
    // In English, the partner's English; a notification sent only in Vietnamese stays Vietnamese.
    await page.getByTestId('lang').click();
    await expect.poll(() => entries.nth(1).getByTestId('inbox-title').textContent()).toBe('Your report was received');
    expect(await entries.nth(0).getByTestId('inbox-title').textContent()).toBe('Tin mới của thành phố');
    await expectAccessible(page, 'inbox, English');
    await page.getByTestId('lang').click();
    await expect.poll(() => entries.nth(1).getByTestId('inbox-title').textContent()).toBe('Phản ánh đã được tiếp nhận');
    expect(await entries.nth(1).getAttribute('data-unread')).toBe('true');
    expect(await noSideScroll(page)).toBe(true);

    // Tapping marks it read and opens the app at the deep link.
    await page.locator(`[data-testid="inbox-entry"][data-id="${report.body.notification!.id}"]`).click();
    frame = await demoFrame(page);
    const reportUrl = new URL(frame.url());
    expect(reportUrl.pathname).toBe('/reports/HUE-2026-00123');
    expect(reportUrl.searchParams.get('tab')).toBe('map');
    // The deep link keeps the version the platform named in the entry (docs/publish-your-app.md).
    expect(reportUrl.searchParams.get('citadel_version')).toMatch(/^[0-9a-f]{16}$/);
    expect(pathOf(page)).toBe(`/app/${APP}/reports/HUE-2026-00123`);
    await page.getByTestId('app-close').click();
    await expect.poll(() => pathOf(page)).toBe('/inbox');
    await expect.poll(() => page.getByTestId('inbox-badge').textContent()).toBe('1');
    // A path the catalogue's manifest no longer allows opens the app at its entry.
    await page.locator(`[data-testid="inbox-entry"][data-id="${news.body.notification!.id}"]`).click();
    frame = await demoFrame(page);
    expect(new URL(frame.url()).pathname).toBe('/');
    await page.getByTestId('app-close').click();
    await expect.poll(() => page.getByTestId('inbox-badge').count()).toBe(0);

    // The consent center: every grant of the app, from the platform and from this host.
    await page.getByTestId('account-button').click();
    await page.getByTestId('account-consents').click();
    expect(pathOf(page)).toBe('/account/consents');
    const app = page.locator(`[data-testid="consent-app"][data-app="${APP}"]`);
    await app.getByTestId('consent-grant-notifications').waitFor();
    await app.getByTestId('consent-grant-location').waitFor();
    await app.getByTestId('consent-grant-storage').waitFor();
    expect(await app.getByTestId('consent-grant-location').textContent()).toContain('Gần đúng');
    await expectAccessible(page, 'account consents with notification topics, location and storage');
    expect(await noSideScroll(page)).toBe(true);

    // Muting a topic: a send on it is dropped, others still arrive.
    await app.getByTestId('consent-topic-news').uncheck();
    await expect.poll(async () => (await env.database.query('SELECT topic FROM notification_mutes WHERE app_id = $1', [APP])).length).toBe(1);
    const muted = await send(sub, 'news', 'Tin bị tắt', '/reports/1');
    expect(muted.body).toMatchObject({ muted: true });

    // Revoking takes effect at once: the partner's next send is refused.
    await app.getByTestId('consent-revoke-notifications').click();
    await page.getByTestId('consent-done').waitFor();
    await expect.poll(() => app.getByTestId('consent-grant-notifications').count()).toBe(0);
    const refused = await send(sub, 'status', 'Sau khi thu hồi', '/reports/2');
    expect(refused.status).toBe(403);
    expect(refused.body.code).toBe('NOTIFICATIONS_NOT_GRANTED');

    // Host-held grants: the location grant is forgotten, the app's data deleted, and the platform told.
    await app.getByTestId('consent-revoke-location').click();
    await expect.poll(() => app.getByTestId('consent-grant-location').count()).toBe(0);
    await app.getByTestId('consent-revoke-storage').click();
    // Nothing granted is left; the card stays for the log of the app's location reads (issue 13).
    await expect.poll(() => app.locator('[data-testid^="consent-grant-"]').count()).toBe(0);
    expect(await app.getByTestId('consent-location-count').textContent()).toBe('1 lần');
    await expect.poll(() => page.locator('[data-testid="audit-entry"][data-action="notifications.revoke"]').count()).toBe(1);
    await expect.poll(() => page.locator('[data-testid="audit-entry"][data-action="location.revoke"]').count()).toBe(1);
    await expect.poll(() => page.locator('[data-testid="audit-entry"][data-action="storage.revoke"]').count()).toBe(1);

    // The next ask prompts again (the host forgot its remembered yes), and a no is the app's answer.
    await page.goto(`${env.origin}/app/${APP}`);
    frame = await demoFrame(page);
    await frame.getByTestId('load').click();
    await expect.poll(() => frame.getByTestId('storage-result').textContent()).toBe('"ok"'); // null: the note is gone
    await frame.getByTestId('tab-more').click();
    await frame.getByTestId('notify').click();
    await page.getByTestId('prompt-deny').click();
    await expect.poll(() => frame.getByTestId('more-result').textContent()).toContain('PERMISSION_DENIED');
    await frame.getByTestId('tab-device').click();
    await frame.getByTestId('locate').click();
    await page.getByTestId('prompt-allow').waitFor();
    await context.close();
  });

  it('shows a push in the service worker: the app name from the registry first, alerts that stay, only host paths', async () => {
    const context = await env.browser.newContext({ viewport: PHONE });
    await context.grantPermissions(['notifications'], { origin: env.origin });
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    const registrations: Array<{ registrationId: string; scopeURL: string; isDeleted: boolean }> = [];
    cdp.on('ServiceWorker.workerRegistrationUpdated', (e) => registrations.push(...e.registrations));
    await cdp.send('ServiceWorker.enable');
    await page.goto(`${env.origin}/`);
    const scope = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
    await expect.poll(() => registrations.some((r) => r.scopeURL === scope && !r.isDeleted)).toBe(true);
    const registrationId = registrations.find((r) => r.scopeURL === scope && !r.isDeleted)!.registrationId;
    const push = (payload: unknown) => cdp.send('ServiceWorker.deliverPushMessage', { origin: env.origin, registrationId, data: JSON.stringify(payload) });
    const shown = () => page.evaluate(async () => (await (await navigator.serviceWorker.ready).getNotifications())
      .map((n) => ({ title: n.title, body: n.body, icon: n.icon, requireInteraction: n.requireInteraction, url: (n.data as { url: string }).url })));

    const icon = `http://${APP}.apps.localhost:${env.server.port}/icon.svg`;
    await push({ kind: 'notification', id: 'ntf_one', appId: APP, appName: { vi: 'Trải nghiệm nền tảng', en: 'Platform demo' }, icon,
      title: 'Phản ánh đã được tiếp nhận', body: 'Mã HUE-1', url: `/app/${APP}/reports/HUE-1` });
    await expect.poll(shown).toEqual([{ title: 'Trải nghiệm nền tảng · Phản ánh đã được tiếp nhận', body: 'Mã HUE-1', icon, requireInteraction: false, url: `/app/${APP}/reports/HUE-1` }]);
    // An extreme alert stays until acted on; a URL off the host's origin opens the inbox instead.
    await push({ kind: 'alert', id: 'alr_two', severity: 'extreme', headline: { vi: 'Lũ khẩn cấp', en: 'Flash flood' }, url: 'https://evil.example/alerts' });
    await expect.poll(async () => (await shown()).find((n) => n.body === 'Lũ khẩn cấp')).toMatchObject({
      title: 'Đặc biệt nguy hiểm · Cảnh báo chính thức', requireInteraction: true, url: '/inbox',
    });
    // The host's language reaches the service worker.
    await page.getByTestId('lang').click();
    await expect.poll(() => page.evaluate(async () => (await (await caches.open('citadel-prefs')).match('/__citadel/lang'))?.text())).toBe('en');
    await push({ kind: 'alert', id: 'alr_three', severity: 'minor', headline: { vi: 'Cắt điện', en: 'Power cut' }, url: '/alerts/alr_three' });
    await expect.poll(async () => (await shown()).find((n) => n.body === 'Power cut')).toMatchObject({ title: 'Minor · Official alerts', requireInteraction: false });
    // A partner's notification in English, when it sent some.
    await push({ kind: 'notification', id: 'ntf_four', appId: APP, appName: { vi: 'Trải nghiệm nền tảng', en: 'Platform demo' }, icon,
      title: 'Phản ánh đã được xử lý xong', body: 'Mã HUE-4', en: { title: 'Your report was resolved', body: 'Report HUE-4' }, url: `/app/${APP}/reports/HUE-4` });
    await expect.poll(async () => (await shown()).find((n) => n.body === 'Report HUE-4')).toMatchObject({ title: 'Platform demo · Your report was resolved' });
    await context.close();
  });

  it('revoking location in the host ends a running watch at once, and the next ask prompts again', async () => {
    const context = await env.browser.newContext({ viewport: PHONE });
    await context.grantPermissions(['geolocation'], { origin: env.origin });
    await context.setGeolocation({ latitude: 16.4637, longitude: 107.5909 });
    const page = await context.newPage();
    await page.goto(`${env.origin}/app/${APP}`);
    const frame = await demoFrame(page);
    await frame.getByTestId('watch').click();
    await page.getByTestId('prompt-allow').click();
    await page.getByTestId('activity-location').waitFor();
    // What the consent center's revoke button does for location: `host.revoke` on the runtime.
    type Shell = HTMLElement & { host: { revoke(appId: string, permission: string): Promise<void> } };
    await page.evaluate((app) => document.querySelector<Shell>('citadel-shell')!.host.revoke(app, 'location'), APP);
    await expect.poll(() => page.getByTestId('activity-location').count()).toBe(0);
    await expect.poll(() => frame.getByTestId('events').textContent()).toContain('PERMISSION_DENIED');
    await frame.getByTestId('locate').click();
    await page.getByTestId('prompt-allow').waitFor();
    await context.close();
  });
});
