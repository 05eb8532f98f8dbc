import { resolve } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../../tests/support/axe.js';
import { startReportingBackend } from '../../miniapps/reporting/backend/src/server.js';
import { startSchoolBackend } from '../../miniapps/school/backend/src/server.js';
import { startTourismBackend } from '../../miniapps/tourism/backend/src/server.js';
import { startUtilitiesBackend } from '../../miniapps/utilities/backend/src/server.js';
import { expectCitizenText } from './support/citizen-text.js';
import { signedUpCitizen, useJourney, type Journey } from './support/journey.js';

/** Where the tests' 390 px screenshots go (git-ignored). */
const SCREENSHOTS = resolve(import.meta.dirname, '../../tests/screenshots');

// Issue 16, "Errors people understand" and "Submits": each app's error paths walked in Vietnamese, failing on any
// error code or developer English on screen; a double tap on each app's submit creating one record in its
// backend's database; a report's photo removed before sending is not sent.

/** A JPEG of `width` × `height`, drawn in the host page (a real image the app's resizer decodes). */
const jpeg = (page: Page, width: number, height: number) => page.evaluate(([w, h]) => {
  const canvas = document.createElement('canvas');
  canvas.width = w!;
  canvas.height = h!;
  const g = canvas.getContext('2d')!;
  g.fillStyle = '#2a6';
  g.fillRect(0, 0, w!, h!);
  return canvas.toDataURL('image/jpeg', 0.9).split(',')[1]!;
}, [width, height]);

/** Opens the app and, when the app asks at launch, allows what the host's prompt (behind its chip) asks to share. */
async function openApp<B extends { readonly url: string; close(): Promise<void> }>(journey: Journey<B>, page: Page, app: string, consent: boolean): Promise<Frame> {
  await page.goto(`${journey.origin}/app/${app}`);
  const frame = await journey.appFrame(page);
  if (consent) {
    await page.getByTestId('prompt-chip').click();
    await page.getByTestId('consent-allow').click();
  }
  return frame;
}

describe('reporting and the host: errors in Vietnamese, one report per double tap, a removed photo not sent', () => {
  const journey = useJourney('reporting', (options) => startReportingBackend({ ...options }));

  it('walks the new report form\'s errors, then files one report with the one photo kept', { timeout: 120_000 }, async () => {
    const { context, page } = await signedUpCitizen(journey, { name: 'Phan Văn Lộc', phone: '0905 444 111', password: 'mật khẩu phản ánh' },
      { context: { viewport: { width: 390, height: 844 } } });
    await context.grantPermissions(['geolocation'], { origin: journey.origin });
    await context.setGeolocation({ latitude: 16.4637, longitude: 107.5909 });
    const frame = await openApp(journey, page, 'reporting', true);
    await expect.poll(() => frame.getByTestId('who').getAttribute('data-staff')).toBe('false');
    const result = frame.getByTestId('submit-result');

    // No position yet: said before anything is sent (it was `NO_POSITION: …`).
    await frame.getByTestId('submit').click();
    await expect.poll(() => result.textContent()).toBe('Hãy lấy vị trí của bạn hoặc chạm vào ô để đánh dấu chỗ cần phản ánh.');
    await expectCitizenText(frame, 'reporting, no position');

    await frame.getByTestId('locate').click();
    await page.getByTestId('prompt-allow').click();
    await expect.poll(() => frame.getByTestId('location-state').textContent()).toMatch(/^±\d+ m$/);

    // Too short a description: the backend's INVALID_PARAMS names the field, said in Vietnamese with its limit.
    await frame.getByTestId('description').fill('đèn');
    await frame.getByTestId('submit').click();
    await expect.poll(() => result.textContent()).toBe('Mục “Mô tả sự việc” cần ít nhất 10 ký tự.');
    await expectCitizenText(frame, 'reporting, short description');

    await frame.getByTestId('description').fill('Đèn đường trước số 12 Lê Lợi bị tắt mấy hôm nay');

    // A file that is not an image: said plainly (it was `11: The source image could not be decoded.`).
    await frame.getByTestId('photo-input').setInputFiles({ name: 'khong-phai-anh.jpg', mimeType: 'image/jpeg', buffer: Buffer.from('không phải ảnh') });
    await expect.poll(() => result.textContent()).toBe('Không đọc được ảnh này. Hãy chọn ảnh JPEG, PNG hoặc WebP khác.');
    await expectCitizenText(frame, 'reporting, unreadable photo');
    expect(await frame.getByTestId('thumb').count()).toBe(0);

    // Two photos; the first (2000 px wide) is removed before sending, the 640 px one is kept.
    await frame.getByTestId('photo-input').setInputFiles([
      { name: 'xa.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await jpeg(page, 2000, 1500), 'base64') },
      { name: 'gan.jpg', mimeType: 'image/jpeg', buffer: Buffer.from(await jpeg(page, 640, 480), 'base64') },
    ]);
    await expect.poll(() => frame.getByTestId('thumb').count(), { timeout: 20_000 }).toBe(2);
    await frame.getByTestId('photo-remove').first().click();
    expect(await frame.getByTestId('thumb').count()).toBe(1);
    expect(await frame.getByTestId('photo-remove').getAttribute('aria-label')).toBe('Bỏ ảnh 1');
    await page.screenshot({ path: resolve(SCREENSHOTS, 'reporting-form-error-and-photo-390.png'), fullPage: true });
    await expectAccessible(page, 'reporting: new report with a field error and a photo');

    // A double tap on "Send".
    await frame.getByTestId('submit').dblclick();
    await expect.poll(() => frame.getByTestId('tracking-code').count(), { timeout: 20_000 }).toBe(1);
    const code = (await frame.getByTestId('tracking-code').textContent())!;

    // One report in the backend's database, with the one photo kept; the form is clear for the next one.
    const rows = await journey.backend.database.query<{ code: string; photos: number }>(
      `SELECT r.code, (SELECT count(*)::int FROM photos p WHERE p.report_id = r.id AND p.kind = 'report') AS photos FROM reports r`);
    expect(rows).toEqual([{ code, photos: 1 }]);
    expect(await frame.getByTestId('description').inputValue()).toBe('');
    expect(await frame.getByTestId('thumb').count()).toBe(0);
    await frame.getByTestId('tracking-code').click();
    await expect.poll(() => frame.locator('img.photo').count()).toBe(1);
    await expect.poll(() => frame.locator('img.photo').evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(640);
    await context.close();
  });

  // The host's own screens, on the same platform: its sign-in errors in Vietnamese.
  it('says a wrong password and a malformed number in Vietnamese', async () => {
    await signedUpCitizen(journey, { name: 'Đỗ Văn Tâm', phone: '0905 444 555', password: 'mật khẩu đúng' }).then(({ context }) => context.close());
    const context = await journey.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${journey.origin}/`);
    await page.getByTestId('account-button').click();
    await page.getByTestId('signin-phone').fill('12');
    await page.getByTestId('signin-submit').click();
    await expectCitizenText(page, 'host, malformed number');
    await page.getByTestId('signin-phone').fill('0905 444 555');
    await page.getByTestId('signin-password').fill('mật khẩu sai');
    await page.getByTestId('signin-submit').click();
    await expect.poll(() => page.getByTestId('signin-error').textContent()).toContain('không đúng');
    await expectCitizenText(page, 'host, wrong password');
    await context.close();
  });
});

describe('utilities: errors in Vietnamese, one saved code per double tap', () => {
  const journey = useJourney('utilities', (options) => startUtilitiesBackend({ ...options }));

  it('names a malformed customer code in Vietnamese, then saves the code once', { timeout: 90_000 }, async () => {
    const { context, page } = await signedUpCitizen(journey, { name: 'Lê Thị Mai', phone: '0905 444 222', password: 'mật khẩu điện nước' });
    const frame = await openApp(journey, page, 'utilities', true);
    await expect.poll(() => frame.getByTestId('accounts').textContent()).not.toContain('Đang tải');
    const error = frame.getByTestId('proof-error');

    // It was `INVALID_PARAMS: code: a customer code: 6 to 20 letters and digits`.
    await frame.getByTestId('code').fill('ab-1');
    await frame.getByTestId('bill-amount').fill('285.420 đ');
    await frame.getByTestId('prove-bill').click();
    await expect.poll(() => error.textContent()).toBe('Mục “Mã khách hàng (6 đến 20 chữ cái và chữ số)” chưa hợp lệ. Vui lòng kiểm tra lại.');
    await expectCitizenText(frame, 'utilities, malformed code');
    await expectAccessible(page, 'utilities: accounts with a field error');

    const CODE = 'PC03AC0034511';
    const [bill] = await journey.backend.database.query<{ amount: number }>('SELECT amount FROM bills WHERE code = $1 ORDER BY period DESC LIMIT 1', [CODE]);
    await frame.getByTestId('code').fill(CODE);
    await frame.getByTestId('bill-amount').fill(String(bill!.amount));
    await frame.getByTestId('prove-bill').dblclick();
    await expect.poll(() => frame.getByTestId('account-card').count()).toBe(1);
    const saved = await journey.backend.database.query<{ n: number }>('SELECT count(*)::int AS n FROM saved_accounts WHERE code = $1', [CODE]);
    expect(saved[0]!.n).toBe(1);
    // The form cleared after success.
    expect(await frame.getByTestId('code').inputValue()).toBe('');
    await expectCitizenText(frame, 'utilities, saved');
    await context.close();
  });
});

// The school backend's clock starts on Tuesday 1 December 2026, 09:00 in Huế, and runs (as in school.test.ts).
const STARTED = Date.now();
const schoolClock = () => new Date(Date.parse('2026-12-01T02:00:00Z') + (Date.now() - STARTED));

describe('school: errors in Vietnamese, one leave request per double tap', () => {
  const journey = useJourney('school', (options) => startSchoolBackend({ ...options, now: schoolClock }));

  it('names the empty reason, sends one request on a double tap, and says an overlapping one in Vietnamese', { timeout: 120_000 }, async () => {
    const { context, page } = await signedUpCitizen(journey, { name: 'Nguyễn Thị Hoa', phone: '0900000201', password: 'mật khẩu phụ huynh' });
    const frame = await openApp(journey, page, 'school', true);
    await expect.poll(() => frame.getByTestId('child-card').count()).toBe(2);
    const ask = async () => {
      await frame.locator('[data-testid="child-card"][data-id="hs-801"]').click();
      await frame.getByTestId('leave-new').click();
      await frame.getByTestId('leave-from').selectOption('2026-12-02');
      await frame.getByTestId('leave-to').selectOption('2026-12-03');
    };
    await ask();
    await frame.getByTestId('leave-submit').click();
    await expect.poll(() => frame.getByTestId('leave-result').textContent()).toBe('Hãy điền mục “Nội dung”.');
    await expectCitizenText(frame, 'school, empty reason');
    await expectAccessible(page, 'school: leave request with a field error');

    await frame.getByTestId('leave-reason').fill('Cháu bị sốt, bác sĩ dặn nghỉ ngơi hai ngày.');
    await frame.getByTestId('leave-submit').dblclick();
    await expect.poll(() => frame.getByTestId('leave-status').getAttribute('data-status')).toBe('pending');
    const rows = await journey.backend.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM leave_requests WHERE pupil_id = 'hs-801'`);
    expect(rows[0]!.n).toBe(1);

    // The same days again: the backend's OVERLAPS, in the app's words.
    await frame.getByTestId('tab-home').click();
    await ask();
    await frame.getByTestId('leave-reason').fill('Gửi lại lần nữa.');
    await frame.getByTestId('leave-submit').click();
    await expect.poll(() => frame.getByTestId('leave-result').textContent()).toBe('Đã có đơn xin nghỉ trùng những ngày này.');
    await expectCitizenText(frame, 'school, overlapping request');
    await context.close();
  });
});

describe('tourism: errors in Vietnamese, one ticket per double tap and per retry', () => {
  const journey = useJourney('tourism', (options) => startTourismBackend({ ...options }));

  it('says a refused location and the payment sheet\'s refusal in Vietnamese, and orders one ticket for a double tap and a retry', { timeout: 120_000 }, async () => {
    const { context, page } = await signedUpCitizen(journey, { name: 'Trần Văn Nam', phone: '0905 444 333', password: 'mật khẩu du lịch' });
    const frame = await openApp(journey, page, 'tourism', false);
    await expect.poll(() => frame.getByTestId('place-card').count()).toBeGreaterThan(1);

    // Location refused in the host's prompt (it was `PERMISSION_DENIED: The citizen did not share…`).
    await frame.getByTestId('tab-near').click();
    await frame.getByTestId('locate').click();
    await page.getByTestId('prompt-deny').last().click();
    await frame.getByTestId('near-error').waitFor();
    await expectCitizenText(frame, 'tourism, location refused');
    await expectAccessible(page, 'tourism: near me, location refused');

    // A double tap on "Buy": one ticket; the host's sheet says why it cannot pay (no payment PIN yet), in Vietnamese;
    // closing it is a cancel.
    await frame.getByTestId('tab-places').click();
    await frame.getByTestId('search').fill('dai noi');
    await frame.locator('[data-testid="place-card"][data-id="dai-noi"]').click();
    await frame.getByTestId('buy').dblclick();
    await page.getByTestId('consent-allow').click();
    await page.getByTestId('pay-error').waitFor();
    await expectCitizenText(page, 'tourism, the payment sheet\'s refusal');
    await page.getByTestId('pay-cancel').click();
    await expect.poll(() => frame.getByTestId('buy-result').textContent()).not.toBe('');
    await expectCitizenText(frame, 'tourism, payment cancelled');
    // Buying again without changing anything is the same ticket (the same key), not a second one.
    await frame.getByTestId('buy').click();
    await page.getByTestId('pay-error').waitFor();
    await page.getByTestId('pay-cancel').click();
    const tickets = await journey.backend.database.query<{ n: number }>(`SELECT count(*)::int AS n FROM tickets WHERE place_id = 'dai-noi'`);
    expect(tickets[0]!.n).toBe(1);
    await context.close();
  });
});
