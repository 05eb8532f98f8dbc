import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible } from '../../tests/support/axe.js';
import { useHostPlatform } from './support/host-platform.js';
import { noSideScroll, signedUpCitizen } from './support/journey.js';

const AUTHORITY_PHONE = '0905333444';
const CITIZEN_PHONE = '0905555666';

/** A CAP 1.2 alert for the ward Vỹ Dạ, sent now, in effect for six hours. */
const capAlert = (identifier: string) => {
  const sent = new Date(Date.now() - 60_000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
  const expires = new Date(Date.now() + 6 * 3_600_000).toISOString().replace(/\.\d{3}Z$/, '+00:00');
  return `<?xml version="1.0" encoding="UTF-8"?>
<alert xmlns="urn:oasis:names:tc:emergency:cap:1.2">
  <identifier>${identifier}</identifier><sender>bchpctt@hue.gov.vn</sender><sent>${sent}</sent>
  <status>Actual</status><msgType>Alert</msgType><scope>Public</scope>
  <info>
    <language>vi-VN</language><category>Met</category><event>Lũ trên sông Hương</event>
    <urgency>Immediate</urgency><severity>Moderate</severity><certainty>Likely</certainty><expires>${expires}</expires>
    <senderName>Ban Chỉ huy PCTT tỉnh Thừa Thiên Huế</senderName>
    <headline>Mực nước sông Hương đang lên</headline>
    <description>Mực nước tại trạm Kim Long đang lên.</description>
    <area><areaDesc>Phường Vỹ Dạ</areaDesc><geocode><valueName>ward</valueName><value>Vỹ Dạ</value></geocode></area>
  </info>
</alert>`;
};

// An authority publishes an extreme alert from the console for a ward; a citizen verified in that
// ward has it interrupt the mini-app they have open, and acknowledges it; anyone, signed out, finds
// it in the public history. A CAP file publishes too, or shows what is wrong with it.
describe('official alerts, end to end through the real host and platform', () => {
  const env = useHostPlatform();
  let files: string;

  beforeAll(() => {
    files = mkdtempSync(join(tmpdir(), 'citadel-cap-'));
  });

  const pathOf = (page: Page) => new URL(page.url()).pathname;
  const viewport = { width: 320, height: 700 };
  const open = async (): Promise<{ context: BrowserContext; page: Page }> => {
    const context = await env.browser.newContext({ viewport });
    const page = await context.newPage();
    await page.goto(`${env.origin}/`);
    return { context, page };
  };
  const signedUp = (phone: string, name: string) =>
    signedUpCitizen(env, { name, phone, password: 'mật khẩu dài 3' }, { context: { viewport } });

  it('publishes from the console, interrupts a citizen of the ward over an open app, and lists it signed out', async () => {
    // The citizen lives in Vỹ Dạ, verified with the eID provider on the profile screen.
    const citizen = await signedUp(CITIZEN_PHONE, 'Lê Văn Cường');
    await citizen.page.getByTestId('verify-national-id').fill('046090001234');
    await citizen.page.getByTestId('verify-full-name').fill('Lê Văn Cường');
    await citizen.page.getByTestId('verify-dob').fill('1988-03-09');
    await citizen.page.getByTestId('verify-ward').fill('Phường Vỹ Dạ');
    await citizen.page.getByTestId('verify-submit').click();
    await expect.poll(() => citizen.page.getByTestId('profile-ward').textContent()).toContain('Vỹ Dạ');
    // Not an authority: no console, and the console's route says so.
    await citizen.page.goto(`${env.origin}/alerts`);
    await citizen.page.getByTestId('alerts-history').waitFor();
    expect(await citizen.page.getByTestId('alerts-publish').count()).toBe(0);
    await citizen.page.goto(`${env.origin}/alerts/publish`);
    await citizen.page.getByTestId('publish-forbidden').waitFor();
    await expectAccessible(citizen.page, 'alert publishing refused to a citizen');

    // The authority signs up; the operator grants the role.
    const authority = await signedUp(AUTHORITY_PHONE, 'Ban Chỉ huy PCTT');
    await env.database.query("UPDATE citizens SET roles = '{authority}' WHERE phone = $1", [`+84${AUTHORITY_PHONE.slice(1)}`]);
    await authority.page.goto(`${env.origin}/alerts`);
    await authority.page.getByTestId('alerts-publish').click();
    expect(pathOf(authority.page)).toBe('/alerts/publish');
    // Required fields are checked before sending.
    await authority.page.getByTestId('publish-submit').click();
    await authority.page.getByTestId('publish-headlineVi-problem').waitFor();
    await expectAccessible(authority.page, 'alert publishing form with a field error');
    await authority.page.getByTestId('publish-sender').fill('UBND thành phố Huế');
    await authority.page.getByTestId('publish-severity').selectOption('extreme');
    await authority.page.getByTestId('publish-category').selectOption('flood');
    await authority.page.getByTestId('publish-headline-vi').fill('Lũ khẩn cấp: sơ tán ngay khỏi vùng ven sông');
    await authority.page.getByTestId('publish-headline-en').fill('Flash flood: leave the riverside now');
    await authority.page.getByTestId('publish-description-vi').fill('Nước sông Hương dâng nhanh, nguy cơ ngập sâu trong 2 giờ tới.');
    await authority.page.getByTestId('publish-instruction-vi').fill('Di chuyển lên nơi cao. Gọi 112 khi cần cứu hộ.');
    await authority.page.getByTestId('publish-wards').fill('Vỹ Dạ, Phú Hội');
    await authority.page.getByTestId('publish-hours').fill('3');
    expect(await noSideScroll(authority.page)).toBe(true);
    await authority.page.getByTestId('publish-submit').click();
    const result = authority.page.getByTestId('publish-result');
    await result.waitFor();
    expect(await result.getAttribute('data-recipients')).toBe('1');
    expect(await result.textContent()).toContain('Đã gửi tới 1 người');
    const [published] = await env.database.query<{ id: string }>("SELECT id FROM alerts WHERE severity = 'extreme'");
    const alertId = published!.id;

    // A CAP file: a broken one shows the typed issues, a good one publishes.
    const broken = join(files, 'broken.xml');
    writeFileSync(broken, capAlert('HUE-TEST-1').replace('<severity>Moderate</severity>', '<severity>Catastrophic</severity>'));
    await authority.page.getByTestId('cap-file').setInputFiles(broken);
    await authority.page.getByTestId('cap-submit').click();
    await authority.page.getByTestId('cap-issues').waitFor();
    expect(await authority.page.getByTestId('cap-issues').textContent()).toMatch(/severity/);
    await expectAccessible(authority.page, 'CAP file with its issues');
    const good = join(files, 'good.xml');
    writeFileSync(good, capAlert('HUE-TEST-2'));
    await authority.page.getByTestId('cap-file').setInputFiles(good);
    await authority.page.getByTestId('cap-submit').click();
    await authority.page.getByTestId('cap-result').waitFor();
    expect(await authority.page.getByTestId('cap-result').getAttribute('data-recipients')).toBe('1');
    await authority.context.close();

    // The citizen has the demo app open: the extreme alert interrupts it, above the frame.
    await citizen.page.goto(`${env.origin}/app/kitchen-sink`);
    const dialog = citizen.page.getByTestId('alert-dialog');
    await dialog.waitFor();
    expect(await dialog.getAttribute('role')).toBe('alertdialog');
    expect(await dialog.getAttribute('data-id')).toBe(alertId);
    expect(await dialog.evaluate((d) => d.matches(':modal'))).toBe(true);
    expect(await citizen.page.getByTestId('alert-dialog-headline').textContent()).toBe('Lũ khẩn cấp: sơ tán ngay khỏi vùng ven sông');
    await expect.poll(() => citizen.page.locator('citadel-app-view iframe').count()).toBe(1);
    await expectAccessible(citizen.page, 'extreme alert dialog over an app');
    // Escape does not dismiss it: it must be acknowledged.
    await citizen.page.keyboard.press('Escape');
    expect(await dialog.evaluate((d) => (d as HTMLDialogElement).open)).toBe(true);
    await citizen.page.getByTestId('alert-dialog-ack').click();
    await expect.poll(() => citizen.page.getByTestId('alert-dialog').count()).toBe(0);
    await expect.poll(async () => (await env.database.query(
      'SELECT 1 FROM alert_recipients WHERE alert_id = $1 AND read_at IS NOT NULL', [alertId])).length).toBe(1);

    // Back on the catalogue: the banner lists the active alerts, gravest first; acknowledged, nothing interrupts again.
    await citizen.page.goto(`${env.origin}/`);
    const banner = citizen.page.getByTestId('alert-banner-item');
    await expect.poll(() => banner.count()).toBe(2);
    expect(await banner.first().getAttribute('data-id')).toBe(alertId);
    expect(await noSideScroll(citizen.page)).toBe(true);
    expect(await citizen.page.getByTestId('alert-dialog').count()).toBe(0);
    await citizen.page.getByTestId('inbox-button').click();
    await expect.poll(() => citizen.page.locator('[data-testid="inbox-entry"][data-kind="alert"]').count()).toBe(2);
    await citizen.page.locator(`[data-testid="inbox-entry"][data-id="${alertId}"]`).click();
    await expect.poll(() => pathOf(citizen.page)).toBe(`/alerts/${alertId}`);
    await citizen.page.getByTestId('alert-detail').waitFor();

    // "Alerts for where I am": only a ~1 km cell reaches the platform; off deletes it.
    await citizen.context.grantPermissions(['geolocation'], { origin: env.origin });
    await citizen.context.setGeolocation({ latitude: 16.46371, longitude: 107.59092 });
    await citizen.page.goto(`${env.origin}/alerts`);
    await citizen.page.getByTestId('alerts-here-switch').check();
    await expect.poll(async () => (await env.database.query<{ latitude: number; longitude: number }>('SELECT latitude, longitude FROM citizen_locations'))[0])
      .toEqual({ latitude: 16.465, longitude: 107.595 });
    await citizen.page.getByTestId('alerts-here-switch').uncheck();
    await expect.poll(async () => (await env.database.query('SELECT 1 FROM citizen_locations')).length).toBe(0);
    await citizen.context.close();

    // Signed out: the public history and the alert's detail.
    const visitor = await open();
    await visitor.page.goto(`${env.origin}/alerts`);
    const entry = visitor.page.locator(`[data-testid="alert-history-entry"][data-id="${alertId}"]`);
    await entry.waitFor();
    expect(await visitor.page.getByTestId('alert-history-entry').count()).toBe(2);
    await expectAccessible(visitor.page, 'alerts list');
    expect(await noSideScroll(visitor.page)).toBe(true);
    await entry.click();
    await expect.poll(() => pathOf(visitor.page)).toBe(`/alerts/${alertId}`);
    const detail = visitor.page.getByTestId('alert-detail');
    await detail.waitFor();
    expect(await detail.getAttribute('data-severity')).toBe('extreme');
    expect(await visitor.page.getByTestId('alert-severity').textContent()).toBe('Đặc biệt nguy hiểm');
    expect(await visitor.page.getByTestId('alert-sender').textContent()).toBe('UBND thành phố Huế');
    expect(await visitor.page.getByTestId('alert-wards').textContent()).toBe('Vỹ Dạ, Phú Hội');
    expect(await visitor.page.getByTestId('alert-instruction').textContent()).toContain('Gọi 112');
    expect(await visitor.page.getByTestId('alert-withdraw').count()).toBe(0);
    await expectAccessible(visitor.page, 'alert detail');
    // In English, the authority's English headline.
    await visitor.page.getByTestId('lang').click();
    await expect.poll(() => visitor.page.getByTestId('alert-headline').textContent()).toBe('Flash flood: leave the riverside now');
    await expectAccessible(visitor.page, 'alert detail, English');
    expect(await noSideScroll(visitor.page)).toBe(true);
    await visitor.context.close();
  });

  it('lets an authority withdraw an alert in effect from its detail page', async () => {
    const authority = await signedUp('0905777888', 'Công an thành phố Huế');
    await env.database.query("UPDATE citizens SET roles = '{authority}' WHERE phone = '+84905777888'");
    const id = await authority.page.evaluate(async () => {
      const response = await fetch('/api/alerts', {
        method: 'POST', headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          sender: 'Công an thành phố Huế', severity: 'moderate', category: 'security',
          headline: { vi: 'Cấm đường Lê Lợi do sự cố' }, description: { vi: 'Tạm cấm lưu thông đoạn cầu Trường Tiền.' },
          area: { description: 'Đường Lê Lợi', wards: ['Vĩnh Ninh'], polygons: [] }, expiresAt: new Date(Date.now() + 3_600_000).toISOString(),
        }),
      });
      return ((await response.json()) as { alert: { id: string } }).alert.id;
    });
    await authority.page.goto(`${env.origin}/alerts/${id}`);
    authority.page.once('dialog', (d) => void d.accept());
    await authority.page.getByTestId('alert-withdraw').click();
    await expect.poll(() => authority.page.getByTestId('alert-withdraw').count()).toBe(0);
    expect(await authority.page.getByTestId('alert-detail').textContent()).toContain('Đã hết hiệu lực');
    const [row] = await env.database.query<{ ended: boolean }>('SELECT expires_at <= now() AS ended FROM alerts WHERE id = $1', [id]);
    expect(row!.ended).toBe(true);
    await authority.context.close();
  });
});
