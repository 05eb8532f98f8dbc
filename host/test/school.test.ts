import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../../tests/support/axe.js';
import { startSchoolBackend } from '../../miniapps/school/backend/src/server.js';
import { noSideScroll, paymentSheet as sheet, signedUpCitizen, useJourney, type NewCitizen } from './support/journey.js';

const APP = 'school';
// The backend's clock starts on Tuesday 1 December 2026, 09:00 in Huế, and runs: the school days
// it offers and the fees it issues are the same whenever the test runs.
const STARTED = Date.now();
const schoolClock = () => new Date(Date.parse('2026-12-01T02:00:00Z') + (Date.now() - STARTED));

// Trường học, end to end: the homeroom teacher of class 8/1 and a mother of two (one child in
// each school) sign up with the phone numbers the school registered; sharing their phone with the
// app links them. The mother asks for a day off for her son; the teacher, notified in his inbox,
// opens the request and approves it, then posts an announcement; the mother finds the decision in
// her inbox and opens it, pays her daughter's school lunches in the host's sheet, and reads her
// son's results.
describe('the school mini-app, end to end through the real host, platform and its backend', () => {
  const journey = useJourney(APP, (options) => startSchoolBackend({ ...options, now: schoolClock }));

  /** A parent or teacher on their phone, signed up with their payment PIN set. */
  const signUp = (who: NewCitizen) => signedUpCitizen(journey, who, { pin: true });

  /**
   * Opens the app; the first time, the host asks to share the name and phone number (the app asks
   * at launch, without a tap in it, so the prompt waits behind the host's chip), and the backend links them.
   */
  async function launch(page: Page, consent: boolean): Promise<Frame> {
    await page.goto(`${journey.origin}/app/${APP}`);
    const frame = await journey.appFrame(page);
    if (consent) {
      await page.getByTestId('prompt-chip').click();
      expect(await page.getByTestId('consent-claim-phone').isChecked()).toBe(true);
      expect(await page.getByTestId('consent-claim-name').isChecked()).toBe(true);
      await page.getByTestId('consent-allow').click();
    }
    return frame;
  }

  /** Opens the host inbox and the entry whose text has `title`; answers the app frame it opened. */
  async function openFromInbox(page: Page, title: string): Promise<Frame> {
    await page.goto(`${journey.origin}/`);
    await page.getByTestId('inbox-button').click();
    const entry = page.getByTestId('inbox-entry').filter({ hasText: title });
    await entry.waitFor();
    expect(await entry.getByTestId('inbox-app-name').textContent()).toBe('Trường học');
    await entry.click();
    return journey.appFrame(page);
  }

  it('links by phone, asks for leave, the teacher approves, the inbox opens it, a fee is paid, results are read', { timeout: 240_000 }, async () => {
    // The homeroom teacher of 8/1 opens the app first and allows notifications.
    const { context: teacherContext, page: teacher } = await signUp({ name: 'Trần Văn Minh', phone: '0900000202', password: 'mật khẩu giáo viên' });
    let teacherFrame = await launch(teacher, true);
    const classCard = teacherFrame.locator('[data-testid="class-card"][data-id="ntp-8-1"]');
    await classCard.waitFor();
    expect(await classCard.textContent()).toContain('Lớp 8/1 · Trường THCS Nguyễn Tri Phương');
    expect(await teacherFrame.getByTestId('child-card').count()).toBe(0);
    await teacherFrame.getByTestId('notify').click();
    await teacher.getByTestId('prompt-allow').click();
    await expect.poll(() => teacherFrame.getByTestId('notify-result').textContent()).toContain('Đã bật thông báo');

    // The mother signs up with the number both schools registered, and tops up her wallet.
    const { context, page } = await signUp({ name: 'Nguyễn Thị Hoa', phone: '0900000201', password: 'mật khẩu phụ huynh' });
    await page.goto(`${journey.origin}/wallet`);
    for (const balance of ['500000', '1000000']) {
      await page.getByTestId('topup-preset-500000').check({ force: true });
      await page.getByTestId('topup-submit').click();
      await expect.poll(() => page.getByTestId('wallet-balance').getAttribute('data-amount')).toBe(balance);
    }

    // Sharing her phone number links her to both children, in two schools.
    let frame = await launch(page, true);
    await expect.poll(() => frame.getByTestId('child-card').count()).toBe(2);
    expect(await frame.getByTestId('hello').textContent()).toBe('Xin chào, Nguyễn Thị Hoa!');
    expect(await frame.getByTestId('child-card').allTextContents()).toEqual([
      expect.stringMatching(/^Lê Ngọc HânLớp 3\/2 · Trường Tiểu học Lê Lợi/),
      expect.stringMatching(/^Lê Minh KhangLớp 8\/1 · Trường THCS Nguyễn Tri Phương/),
    ]);
    expect(await frame.getByTestId('class-card').count()).toBe(0);
    expect(await noSideScroll(frame)).toBe(true);
    await expectAccessible(page, 'school: children');
    await frame.getByTestId('notify').click();
    await page.getByTestId('prompt-allow').click();
    await expect.poll(() => frame.getByTestId('notify-result').textContent()).toContain('Đã bật thông báo');

    // A day and a half off for Khang: only school days are offered.
    await frame.locator('[data-testid="child-card"][data-id="hs-801"]').click();
    await frame.getByTestId('leave-new').click();
    await frame.getByTestId('leave-from').selectOption('2026-12-02');
    expect(await frame.getByTestId('leave-to').locator('option').evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value))).toEqual(['2026-12-02', '2026-12-03', '2026-12-04']);
    await frame.getByTestId('leave-to').selectOption('2026-12-03');
    await frame.getByTestId('leave-kind').selectOption('sick');
    await frame.getByTestId('leave-reason').fill('Cháu bị sốt, bác sĩ dặn nghỉ ngơi hai ngày.');
    expect(await noSideScroll(frame)).toBe(true);
    await expectAccessible(page, 'school: leave request form');
    await frame.getByTestId('leave-submit').click();
    await expect.poll(() => frame.getByTestId('leave-status').getAttribute('data-status')).toBe('pending');
    const leaveId = (await frame.getByTestId('leave').getAttribute('data-id'))!;
    expect(leaveId).toMatch(/^NP-[A-Z2-9]{8}$/);
    expect(await frame.getByTestId('leave-dates').textContent()).toContain('2 ngày học');
    await expectAccessible(page, 'school: leave request sent');

    // The teacher's inbox has the new request; it opens in the app, where he approves it.
    await teacher.getByTestId('app-close').click();
    teacherFrame = await openFromInbox(teacher, 'Đơn xin nghỉ học mới');
    expect(new URL(teacherFrame.url()).pathname).toBe(`/leave/${leaveId}`);
    await expect.poll(() => teacherFrame.getByTestId('leave-reason-text').textContent()).toBe('Cháu bị sốt, bác sĩ dặn nghỉ ngơi hai ngày.');
    expect(await teacherFrame.getByTestId('leave').textContent()).toContain('Người gửi: Nguyễn Thị Hoa (mẹ)');
    await teacherFrame.getByTestId('decision-comment').fill('Đồng ý. Chúc cháu mau khỏe, nhớ chép bài nhé.');
    await teacherFrame.getByTestId('approve').click();
    await expect.poll(() => teacherFrame.getByTestId('leave-status').getAttribute('data-status')).toBe('approved');
    expect(await noSideScroll(teacherFrame)).toBe(true);
    await expectAccessible(teacher, 'school: leave request decided by the teacher');

    // He posts an announcement to 8/1 and sees where it went.
    await teacherFrame.getByTestId('tab-class').click();
    await expect.poll(() => teacherFrame.getByTestId('no-pending').count()).toBe(1);
    await teacherFrame.getByTestId('compose-title').fill('Họp phụ huynh cuối học kỳ I');
    await teacherFrame.getByTestId('compose-body').fill('Kính mời quý phụ huynh dự họp lúc 7 giờ 30 sáng Chủ nhật 13/12/2026 tại phòng học lớp 8/1.');
    await teacherFrame.getByTestId('compose-send').click();
    const delivery = teacherFrame.locator('[data-testid="compose-result"] [data-testid="delivery"]');
    await delivery.waitFor();
    // Her husband is registered too but has not opened the app: counted, not notified.
    expect(await delivery.getAttribute('data-sent')).toBe('1');
    expect(await delivery.getAttribute('data-recipients')).toBe('1');
    expect(Number(await delivery.getAttribute('data-unlinked'))).toBe(8);
    expect(await noSideScroll(teacherFrame)).toBe(true);
    await expectAccessible(teacher, 'school: teacher\'s class');

    // The mother sees the decision and the announcement in the app…
    await frame.getByTestId('tab-home').click();
    await frame.locator('[data-testid="child-card"][data-id="hs-801"]').click();
    await expect.poll(() => frame.locator(`[data-testid="leave-card"][data-id="${leaveId}"]`).getAttribute('data-status')).toBe('approved');
    await frame.getByTestId('tab-announcements').click();
    await expect.poll(() => frame.getByTestId('announcement-card').count()).toBe(1);
    expect(await frame.getByTestId('announcement-card').textContent()).toContain('Họp phụ huynh cuối học kỳ I');
    await expectAccessible(page, 'school: announcements');

    // …and in the host's inbox, which opens the request at its deep link.
    await page.getByTestId('app-close').click();
    await page.goto(`${journey.origin}/`);
    await expect.poll(() => page.getByTestId('inbox-badge').textContent()).toBe('2');
    frame = await openFromInbox(page, 'Đơn xin nghỉ học đã được duyệt');
    expect(new URL(frame.url()).pathname).toBe(`/leave/${leaveId}`);
    await expect.poll(() => frame.getByTestId('leave-status').getAttribute('data-status')).toBe('approved');
    expect(await frame.getByTestId('leave-comment').textContent()).toBe('Đồng ý. Chúc cháu mau khỏe, nhớ chép bài nhé.');
    expect(await frame.getByTestId('withdraw').count()).toBe(0);
    expect(await frame.getByTestId('approve').count()).toBe(0);

    // Hân's December lunches: 23 school days × 30 000 ₫, priced by the backend, paid in the host's sheet.
    await frame.getByTestId('tab-home').click();
    await frame.locator('[data-testid="child-card"][data-id="hs-301"]').click();
    await frame.getByTestId('child-tab-fees').click();
    const lunches = frame.locator('[data-testid="fee"][data-id="hs-301_2026-12_ban-tru-an"]');
    await lunches.waitFor();
    expect(await lunches.getByTestId('fee-amount').getAttribute('data-amount')).toBe('690000');
    expect(await frame.locator('[data-testid="fee"][data-id="hs-301_2026-hk1_hoc-phi"]').getAttribute('data-status')).toBe('exempt');
    expect(await noSideScroll(frame)).toBe(true);
    await expectAccessible(page, 'school: tuition');
    await lunches.getByTestId('pay').click();
    await sheet(page, 'ready').waitFor();
    expect(await page.getByTestId('pay-amount').textContent()).toMatch(/690\.000\s*₫/);
    expect(await page.getByTestId('pay-description').textContent()).toContain('Tiền ăn bán trú tháng 12/2026 (23 ngày) – Lê Ngọc Hân, lớp 3/2');
    await page.getByTestId('pay-pin').fill('246810');
    await page.getByTestId('pay-confirm').click();
    // Paid only once the backend saw the platform's signed webhook; then the receipt.
    await expect.poll(() => frame.locator('[data-testid="fee-page"] [data-testid="fee-status"]').getAttribute('data-status'), { timeout: 20_000 }).toBe('paid');
    expect(await frame.getByTestId('receipt-amount').textContent()).toMatch(/690\.000\s*₫/);
    // The app moved on to the receipt, which holds the focus (the web kit's screens), not the page's body.
    expect(await frame.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('view');
    expect(await frame.getByTestId('receipt-payer').textContent()).toBe('Nguyễn Thị Hoa (mẹ)');
    expect(await frame.getByTestId('receipt-reference').textContent()).toMatch(/^HP-/);
    expect(await noSideScroll(frame)).toBe(true);
    await expectAccessible(page, 'school: tuition receipt');

    // Khang's term I results: averages by the Ministry's weighting, computed by the backend.
    await frame.getByTestId('tab-home').click();
    await frame.locator('[data-testid="child-card"][data-id="hs-801"]').click();
    await frame.getByTestId('child-tab-transcript').click();
    const maths = frame.locator('[data-testid="subject"][data-subject="Toán"] [data-testid="subject-average"]');
    await maths.waitFor();
    expect(await maths.getAttribute('data-average')).toBe('8.6');
    expect(await maths.textContent()).toBe('ĐTB 8,6');
    expect(await frame.getByTestId('learning').textContent()).toBe('Khá');
    expect(await frame.getByTestId('conduct').textContent()).toBe('Tốt');
    expect(await noSideScroll(frame)).toBe(true);
    await expectAccessible(page, 'school: transcript');
    // Hân's primary school assesses by levels, not averages.
    await frame.getByTestId('tab-home').click();
    await frame.locator('[data-testid="child-card"][data-id="hs-301"]').click();
    await frame.getByTestId('child-tab-transcript').click();
    await expect.poll(() => frame.locator('[data-testid="subject"][data-subject="Toán"] [data-testid="subject-level"]').textContent()).toBe('Hoàn thành tốt');
    expect(await frame.getByTestId('subject-average').count()).toBe(0);

    // The receipt came to her inbox as well.
    await page.getByTestId('app-close').click();
    frame = await openFromInbox(page, 'Nhà trường đã nhận khoản thanh toán');
    expect(new URL(frame.url()).pathname).toBe('/tuition/hs-301_2026-12_ban-tru-an');
    await expect.poll(() => frame.locator('[data-testid="fee-page"] [data-testid="fee-status"]').getAttribute('data-status')).toBe('paid');
    await context.close();
    await teacherContext.close();
  });

  it('explains why the phone number is needed when it is not shared, and links once it is', async () => {
    const { context, page } = await signUp({ name: 'Lê Văn Tùng', phone: '0900000401', password: 'mật khẩu của bố' });
    await page.goto(`${journey.origin}/app/${APP}`);
    let frame = await journey.appFrame(page);
    // He shares his name but unticks the phone number (the app asked at launch: behind the host's chip).
    await page.getByTestId('prompt-chip').click();
    await page.getByTestId('consent-claim-phone').uncheck();
    await page.getByTestId('consent-allow').click();
    await frame.getByTestId('phone-required').waitFor();
    expect(await frame.getByTestId('phone-required').textContent()).toContain('qua số điện thoại đã đăng ký với trường');
    expect(await frame.getByTestId('child-card').count()).toBe(0);
    expect(await frame.locator('input').count()).toBe(0);
    expect(await noSideScroll(frame)).toBe(true);
    await expectAccessible(page, 'school: phone number required');
    // Opening the app again shows the same screen, without asking him again.
    await page.goto(`${journey.origin}/app/${APP}`);
    frame = await journey.appFrame(page);
    await frame.getByTestId('phone-required').waitFor();
    expect(await page.getByTestId('identity-consent').count()).toBe(0);
    // Asked again only when he presses the button: the host asks for the phone number alone.
    await frame.getByTestId('phone-required-retry').click();
    await page.getByTestId('consent-claim-phone').waitFor();
    expect(await page.getByTestId('consent-claim-name').count()).toBe(0);
    await page.getByTestId('consent-allow').click();
    await expect.poll(() => frame.getByTestId('child-card').count()).toBe(2);
    await context.close();
  });
});
