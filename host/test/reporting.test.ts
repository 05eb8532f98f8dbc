import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../../tests/support/axe.js';
import { startReportingBackend } from '../../miniapps/reporting/backend/src/server.js';
import { createStaffList } from '../../miniapps/reporting/backend/src/staff/staff-list.js';
import { expectCitizenText } from './support/citizen-text.js';
import { noSideScroll, signedUpCitizen, useJourney } from './support/journey.js';

const APP = 'reporting';

// Phản ánh hiện trường, end to end: a citizen files a report with a photo and their position,
// allows notifications; staff (seeded in the backend's own staff table) assign and resolve it;
// the host's inbox shows the platform notification, which opens the report in the app; the
// citizen rates it, and it shows in the public feed.
describe('the reporting mini-app, end to end through the real host, platform and its backend', () => {
  const journey = useJourney(APP, (options) => startReportingBackend({ ...options }));

  it('reports, routes, notifies, opens from the inbox, rates and publishes', async () => {
    const { context, page } = await signedUpCitizen(journey, { name: 'Nguyễn Văn An', phone: '0905 333 444', password: 'mật khẩu dài 3' });
    await context.grantPermissions(['geolocation'], { origin: journey.origin });
    await context.setGeolocation({ latitude: 16.4637, longitude: 107.5909 });

    // Opening the app signs in to its backend: the host asks once to share the pairwise id.
    await page.goto(`${journey.origin}/app/${APP}`);
    let frame = await journey.appFrame(page);
    // Asked at launch, without a tap in the app: the prompt waits behind the host's chip.
    await page.getByTestId('prompt-chip').click();
    await page.getByTestId('consent-allow').click();
    await expect.poll(() => frame.getByTestId('who').getAttribute('data-staff')).toBe('false');
    // A citizen is shown no id of theirs: the line under the app is for staff only.
    expect(await frame.getByTestId('who').isHidden()).toBe(true);

    // The keyword model suggests live, and shows the words it matched.
    await frame.getByTestId('description').fill('Đèn đường trước số 12 Lê Lợi bị tắt mấy hôm nay, tối om');
    await expect.poll(() => frame.getByTestId('suggested-route').getAttribute('data-agency')).toBe('lighting');
    expect(await frame.getByTestId('matched-word').allTextContents()).toEqual(['đèn đường', 'tối om']);
    expect(await frame.getByTestId('category-roads').getAttribute('aria-pressed')).toBe('true');

    // The position comes through the host's prompt; a tap on the map nudges it (host/test/maps.test.ts checks the map).
    await frame.getByTestId('locate').click();
    await page.getByTestId('prompt-precise').check();
    await page.getByTestId('prompt-allow').click();
    await expect.poll(() => frame.getByTestId('position').textContent()).toMatch(/^16\.46\d+, 107\.59\d+$/);
    await frame.getByTestId('report-map').click({ position: { x: 160, y: 120 } });
    await expect.poll(() => frame.getByTestId('position').textContent()).not.toBe('16.46370, 107.59090');

    // A photo, resized in the browser before upload.
    const photo = await page.evaluate(() => {
      const canvas = document.createElement('canvas');
      canvas.width = 2000;
      canvas.height = 1500;
      const g = canvas.getContext('2d')!;
      g.fillStyle = '#345';
      g.fillRect(0, 0, 2000, 1500);
      g.fillStyle = '#fc0';
      g.fillRect(900, 300, 200, 600);
      return canvas.toDataURL('image/jpeg', 0.9).split(',')[1]!;
    });
    await frame.getByTestId('photo-input').setInputFiles({ name: 'den-duong.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(photo, 'base64') });
    // Decoding and re-encoding a 2000 px photo without a GPU takes a moment: a generous wait, not a timed assertion.
    await expect.poll(() => frame.locator('[data-testid="thumbs"] img').count(), { timeout: 15_000 }).toBe(1);
    await expectAccessible(page, 'reporting: new report with a photo and the map');

    await frame.getByTestId('submit').click();
    await expect.poll(() => frame.getByTestId('tracking-code').count(), { timeout: 15_000 }).toBe(1);
    const code = (await frame.getByTestId('tracking-code').textContent())!;
    expect(code).toMatch(/^PA-\d{4}-\d{6}$/);
    await expectAccessible(page, 'reporting: sent');
    expect(await noSideScroll(frame)).toBe(true);

    // Asked after the first report, in the host's prompt.
    await frame.getByTestId('notify').click();
    await page.getByTestId('prompt-allow').click();
    await expect.poll(() => frame.getByTestId('notify-result').textContent()).toMatch(/thông báo/);

    // The operator makes this citizen staff, by the tracking code of the report they filed, in the backend's staff table.
    const sub = await createStaffList(journey.backend.database).addReporterOf(code, 'Cán bộ IOC (test)');
    expect(sub).toMatch(/^[\w-]{16,}$/);
    await page.goto(`${journey.origin}/app/${APP}`);
    frame = await journey.appFrame(page);
    await expect.poll(() => frame.getByTestId('who').textContent()).toBe('Bạn là cán bộ xử lý.');
    await frame.getByTestId('tab-staff').click();
    const entry = () => frame.locator(`[data-testid="report-card"][data-code="${code}"]`);
    await entry().waitFor();
    // The raw pairwise id is on no screen: staff read the tracking code, the citizen their own reports.
    expect(await frame.evaluate(() => document.body.innerText)).not.toContain(sub);
    expect(await entry().getByTestId('assign-agency').inputValue()).toBe('lighting');
    await expectAccessible(page, 'reporting: staff view');
    await entry().getByTestId('assign').click();
    await expect.poll(() => entry().getByTestId('report-status').getAttribute('data-status')).toBe('assigned');
    await entry().getByTestId('staff-note').fill('Đã thay bóng đèn LED mới, đèn sáng lại từ 19 giờ.');
    await entry().getByTestId('resolve').click();
    await expect.poll(() => entry().getByTestId('report-status').getAttribute('data-status')).toBe('resolved');
    expect(await noSideScroll(frame)).toBe(true);

    // The host's inbox has the platform's notification; tapping it opens the report in the app.
    await page.getByTestId('app-close').click();
    await page.goto(`${journey.origin}/`);
    await expect.poll(() => page.getByTestId('inbox-badge').textContent()).toBe('2');
    await page.getByTestId('inbox-button').click();
    const resolvedEntry = page.getByTestId('inbox-entry').filter({ hasText: 'Phản ánh đã được xử lý xong' });
    await resolvedEntry.waitFor();
    await expectAccessible(page, 'inbox');
    expect(await resolvedEntry.getByTestId('inbox-app-name').textContent()).toBe('Phản ánh hiện trường');
    await resolvedEntry.click();
    frame = await journey.appFrame(page);
    expect(new URL(frame.url()).pathname).toBe(`/reports/${code}`);
    await expect.poll(() => frame.getByTestId('report-code').textContent()).toBe(code);
    expect(await frame.locator('[data-testid="timeline"] li').evaluateAll((items) => items.map((li) => li.getAttribute('data-status')))).toEqual(['received', 'assigned', 'resolved']);
    expect(await frame.getByTestId('report-response').textContent()).toContain('bóng đèn LED');
    expect(await frame.evaluate(() => document.body.innerText)).not.toContain(sub);
    // Resized in the browser: the 2000 × 1500 original arrived as 1280 × 960.
    await expect.poll(() => frame.locator('img.photo').first().evaluate((img: HTMLImageElement) => `${img.naturalWidth}x${img.naturalHeight}`)).toBe('1280x960');
    await expectAccessible(page, 'reporting: report detail');

    // The citizen rates it, once.
    await frame.getByTestId('star-5').click();
    await frame.getByTestId('rating-comment').fill('Xử lý nhanh, cảm ơn!');
    await frame.getByTestId('rating-submit').click();
    await expect.poll(() => frame.getByTestId('rated').textContent()).toContain('5/5');

    // The public feed shows it, without the citizen.
    await frame.getByTestId('tab-feed').click();
    const published = frame.locator(`[data-testid="feed-entry"][data-code="${code}"]`);
    await published.waitFor();
    expect(await published.getByTestId('feed-stars').textContent()).toBe('5★');
    expect(await published.textContent()).not.toContain('Nguyễn Văn An');
    await expect.poll(() => published.locator('img').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBeGreaterThan(0);
    await expectAccessible(page, 'reporting: public feed');
    await frame.getByTestId('tab-stats').click();
    await expect.poll(() => frame.getByTestId('stat-rating').textContent()).toContain('5/5');
    await expectAccessible(page, 'reporting: statistics');
    await frame.getByTestId('tab-mine').click();
    await frame.locator(`[data-code="${code}"]`).first().waitFor();
    await expectAccessible(page, 'reporting: my reports');

    // Travelling in Hà Nội, outside Huế, the citizen writes another: the backend refuses it, and the citizen reads why
    // in Vietnamese. (The host's page is not the one that read Huế's position, so the browser has no recent fix to reuse.)
    await context.setGeolocation({ latitude: 21.0285, longitude: 105.8542 });
    await frame.getByTestId('tab-new').click();
    await frame.getByTestId('description').fill('Đèn đường ở phố Hàng Bài tắt cả tuần nay');
    await frame.getByTestId('category-roads').click();
    await frame.getByTestId('locate').click();
    await expect.poll(() => frame.getByTestId('position').textContent()).toMatch(/^21\.02\d+, 105\.85\d+$/);
    await frame.getByTestId('submit').click();
    await expect.poll(() => frame.getByTestId('submit-result').textContent()).toBe('Vị trí nằm ngoài Huế: dịch vụ này chỉ nhận phản ánh trong địa bàn Huế.');
    await expectCitizenText(frame, 'reporting, outside Huế');
    expect(await journey.backend.database.query('SELECT code FROM reports')).toEqual([{ code }]);
    await context.close();
  });
});
