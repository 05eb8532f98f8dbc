import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../../tests/support/axe.js';
import { useHostPlatform } from './support/host-platform.js';
import { expectTabCycle } from './support/dialog-focus.js';
import { noSideScroll, PHONE, signedUpCitizen, signUp } from './support/journey.js';
import { focusPath } from './support/shell.js';

/** The latency issue 12 asks for: an extreme alert visible in an open host within 2 s of the publish answer. */
const LIVE_BUDGET_MS = 2_000;

// Issue 12: a citizen who just signed up declares a ward; an authority sees the expected reach
// before sending (0 is a warning, not a success) and publishes an extreme alert for that ward;
// it interrupts the mini-app the citizen has open, live over Server-Sent Events, within 2 s.
describe('alerts that reach a newly signed-up citizen, live', () => {
  const env = useHostPlatform();
  const fill = async (page: Page, fields: Record<string, string>) => {
    for (const [testid, value] of Object.entries(fields)) await page.getByTestId(testid).fill(value);
  };

  it('declares a ward after sign-up, previews the reach, and shows the extreme alert over an open app in under 2 s', async () => {
    // A new citizen: no verified ward. They declare where they live on the alerts page.
    const { page: citizen } = await signedUpCitizen(env, { name: 'Hồ Thị Lan', phone: '0905121212', password: 'mật khẩu dài 1' });
    await citizen.goto(`${env.origin}/`);
    await citizen.getByTestId('quick-alerts').click();
    await citizen.getByTestId('alerts-wards').waitFor();
    expect(await citizen.getByTestId('alerts-ward-verified').count()).toBe(0);
    // Sharing a coarse position is offered next to it.
    await citizen.getByTestId('alerts-here-switch').waitFor();
    await citizen.getByTestId('alerts-ward-home').selectOption('Vỹ Dạ');
    await citizen.getByTestId('alerts-wards-save').click();
    await citizen.getByTestId('alerts-wards-saved').waitFor();
    await expectAccessible(citizen, 'alerts list with the wards declared');
    expect(await noSideScroll(citizen)).toBe(true);
    const [declared] = await env.database.query<{ ward: string; kind: string }>('SELECT ward, kind FROM citizen_wards');
    expect(declared).toEqual({ ward: 'Vỹ Dạ', kind: 'home' });

    // The authority's console: a ward nobody declared reaches 0, an amber warning to confirm.
    const { page: authority } = await signedUpCitizen(env, { name: 'Ban Chỉ huy PCTT', phone: '0905343434', password: 'mật khẩu dài 2' });
    await env.database.query("UPDATE citizens SET roles = '{authority}' WHERE phone = '+84905343434'");
    await authority.goto(`${env.origin}/alerts/publish`);
    await fill(authority, {
      'publish-sender': 'UBND thành phố Huế', 'publish-headline-vi': 'Lũ quét: sơ tán ngay', 'publish-headline-en': 'Flash flood: leave now',
      'publish-description-vi': 'Nước sông Hương dâng rất nhanh.', 'publish-wards': 'An Tây',
    });
    await authority.getByTestId('publish-severity').selectOption('extreme');
    await expect.poll(() => authority.getByTestId('publish-reach').getAttribute('data-reach')).toBe('0');
    expect(await authority.getByTestId('publish-reach').getAttribute('class')).toBe('warning');
    await authority.getByTestId('publish-submit').click();
    await authority.getByTestId('publish-zero-warning').waitFor();
    expect(await authority.getByTestId('publish-zero-warning').textContent()).toContain('không tới ai');
    expect(await env.database.query('SELECT 1 FROM alerts')).toHaveLength(0);
    // The citizen's ward: 1 expected.
    await authority.getByTestId('publish-wards').fill('Vỹ Dạ');
    await expect.poll(() => authority.getByTestId('publish-reach').getAttribute('data-reach')).toBe('1');
    expect(await authority.getByTestId('publish-zero-warning').count()).toBe(0);
    expect(await noSideScroll(authority)).toBe(true);

    // The citizen opens a mini-app; the host is live.
    await citizen.goto(`${env.origin}/app/kitchen-sink`);
    await expect.poll(() => citizen.locator('citadel-app-view iframe').count()).toBe(1);
    await expect.poll(() => env.platform.live.size, { timeout: 10_000 }).toBe(2);
    // The citizen is using the app: the focus is in its frame, where the alert must give it back.
    await citizen.frameLocator('citadel-app-view iframe').getByTestId('tab-device').click();
    const focusBefore = await focusPath(citizen);
    expect(focusBefore.path).toEqual(['citadel-shell', 'citadel-app-view', 'iframe']);

    const answered = authority.waitForResponse((r) => new URL(r.url()).pathname === '/api/alerts' && r.request().method() === 'POST')
      .then((response) => ({ at: Date.now(), status: response.status() }));
    const shown = citizen.getByTestId('alert-dialog').waitFor({ state: 'visible' }).then(() => Date.now());
    await authority.getByTestId('publish-submit').click();
    const [answer, visibleAt] = await Promise.all([answered, shown]);
    expect(answer.status).toBe(201);
    const latency = visibleAt - answer.at;
    console.log(`[alerts-live] extreme alert visible in the open host ${latency} ms after the publish answer (budget ${LIVE_BUDGET_MS} ms)`);
    expect(latency).toBeLessThan(LIVE_BUDGET_MS);

    // Above the open app, modal; the console shows the actual count, as a success.
    const dialog = citizen.getByTestId('alert-dialog');
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
    expect(await citizen.getByTestId('alert-dialog-headline').textContent()).toBe('Lũ quét: sơ tán ngay');
    expect(await citizen.locator('citadel-app-view iframe').count()).toBe(1);
    const result = authority.getByTestId('publish-result');
    await result.waitFor();
    expect([await result.getAttribute('data-recipients'), await result.getAttribute('class')]).toEqual(['1', 'success']);
    // Its one button keeps the focus through Tab and Shift+Tab, and Escape does not dismiss it.
    expect(await expectTabCycle(citizen, 'alert-dialog')).toHaveLength(1);
    await citizen.keyboard.press('Escape');
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
    await citizen.getByTestId('alert-dialog-ack').click();
    await expect.poll(() => citizen.getByTestId('alert-dialog').count()).toBe(0);
    // Acknowledged, the focus is back where it was.
    expect(await focusPath(citizen)).toEqual(focusBefore);

    // An open inbox lists the next alert as it arrives, without reading the inbox again.
    await citizen.goto(`${env.origin}/inbox`);
    await expect.poll(() => citizen.getByTestId('inbox-entry').count()).toBe(1);
    const fetched = (path: string) => citizen.evaluate((p) => performance.getEntriesByType('resource').filter((e) => new URL(e.name).pathname === p).length, path);
    // Live again: on connecting, the host reads the unread count once.
    await expect.poll(() => fetched('/api/inbox/unread'), { timeout: 10_000 }).toBeGreaterThan(0);
    const next = await authority.evaluate(async () => (await fetch('/api/alerts', {
      method: 'POST', headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        sender: 'UBND thành phố Huế', severity: 'moderate', category: 'flood', headline: { vi: 'Nước đang rút chậm' },
        description: { vi: 'Tránh đi qua đường ven sông.' }, area: { description: 'Vỹ Dạ', wards: ['Vỹ Dạ'], polygons: [] },
        expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
      }),
    })).status);
    expect(next).toBe(201);
    await expect.poll(() => citizen.getByTestId('inbox-entry').count(), { timeout: 10_000 }).toBe(2);
    expect(await citizen.getByTestId('inbox-entry').first().textContent()).toContain('Nước đang rút chậm');
    expect(await fetched('/api/inbox')).toBe(1);
    expect(await citizen.getByTestId('alert-dialog').count()).toBe(0);
    await citizen.context().close();
    await authority.context().close();
  });

  it('falls back to polling when the stream cannot connect, says so once it persists, and goes live again quietly', async () => {
    const page = await (await env.browser.newContext({ viewport: PHONE })).newPage();
    // The stream is refused from the start: every attempt fails.
    await page.route('**/api/me/events**', (route) => route.abort());
    await signUp(page, env.origin, { name: 'Phan Văn Tùng', phone: '0905565656', password: 'mật khẩu dài 3' });
    await page.goto(`${env.origin}/`);
    const status = page.getByTestId('live-status');
    await status.waitFor();
    expect(await status.textContent()).toContain('Mất kết nối cập nhật trực tiếp');
    expect(await noSideScroll(page)).toBe(true);
    // The fallback polls the unread count meanwhile.
    await expect.poll(async () => (await page.evaluate(() => performance.getEntriesByType('resource')
      .filter((e) => e.name.endsWith('/api/inbox/unread')).length))).toBeGreaterThan(0);
    // The way opens again: the next retry connects and the status goes away.
    await page.unroute('**/api/me/events**');
    await status.waitFor({ state: 'detached', timeout: 40_000 });
    await expect.poll(() => env.platform.live.size, { timeout: 10_000 }).toBeGreaterThan(0);
    await page.context().close();
  });
});
