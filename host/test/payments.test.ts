import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../../tests/support/axe.js';
import { createPartnerBackend } from '../../examples/partner-backend/src/server.js';
import { expectCitizenText } from './support/citizen-text.js';
import { codeTextedBy, enterCode, paymentSheet as sheet, setUpPin, signedUpCitizen, useJourney } from './support/journey.js';
import { expectTabCycle } from './support/dialog-focus.js';
import { focused, focusPath } from './support/shell.js';

// A citizen pays inside the demo app: the partner's backend creates the order, the host draws
// the sheet (amount and description as the platform holds them), the citizen tops up and confirms
// with their password, and the partner marks the order paid only when the signed webhook arrives.
describe('payments, end to end through the real host, platform and partner backend', () => {
  const journey = useJourney('kitchen-sink', (options) => createPartnerBackend(options).listen());

  const demoFrame = (page: Page): Promise<Frame> => journey.appFrame(page);

  it('pays a partner order from the wallet with a payment PIN under the citizen\'s own words, confirmed by the webhook', async () => {
    const { context, page } = await signedUpCitizen(journey, { name: 'Phan Văn Đức', phone: '0987 654 321', password: 'mật khẩu đúng' });

    // No PIN yet: the sheet says so and offers the set-up, which needs a code texted to the phone.
    await page.goto(`${journey.origin}/app/kitchen-sink`);
    let frame = await demoFrame(page);
    await frame.getByTestId('tab-citizen').click();
    await frame.getByTestId('pay').click();
    await sheet(page, 'stopped').waitFor();
    expect(await page.getByTestId('pay-error').getAttribute('data-problem')).toBe('pin-not-set');
    expect(await page.getByTestId('pay-error').textContent()).toContain('chưa có mã PIN');
    await expectAccessible(page, 'payment sheet, PIN not set');
    await page.getByTestId('pay-setup-pin').click();
    await page.waitForURL('**/account/security');
    // The PIN twice must match; then saved with the citizen's anti-phishing words.
    const code = await codeTextedBy(journey.origin, '0987 654 321', () => page.getByTestId('pin-start').click());
    await page.getByTestId('pin-new').fill('246810');
    await page.getByTestId('pin-repeat').fill('246811');
    await page.getByTestId('pin-words').fill('mèo mướp ăn cá');
    await page.getByTestId('pin-submit').click();
    expect(await page.getByTestId('pin-repeat-problem').textContent()).toContain('không khớp');
    await expectAccessible(page, 'account security: PIN with a field error');
    await page.getByTestId('pin-code').fill(code);
    await page.getByTestId('pin-repeat').fill('246810');
    await page.getByTestId('pin-submit').click();
    await page.getByTestId('pin-saved').waitFor();
    expect(await page.getByTestId('pin-words-shown').textContent()).toBe('mèo mướp ăn cá');

    await page.goto(`${journey.origin}/app/kitchen-sink`);
    frame = await demoFrame(page);
    await frame.getByTestId('tab-citizen').click();
    await frame.getByTestId('pay').click();
    // The empty wallet: the sheet says so and offers a top-up, drawn by the host over the sheet.
    await sheet(page, 'short').waitFor();
    expect(await page.getByTestId('pay-amount').textContent()).toMatch(/25\.000\s*₫/);
    expect(await page.getByTestId('pay-description').textContent()).toContain('Vé tham quan Đại Nội');
    await expectAccessible(page, 'payment sheet, short of money');
    await page.getByTestId('pay-topup').click();
    // The top-up, a dialog over the sheet: Tab and Shift+Tab stay in it; Escape closes it alone, the focus back on the
    // sheet's top-up button that opened it.
    await page.getByTestId('topup-dialog').waitFor();
    await page.getByTestId('topup-dialog-close').focus();
    await expectTabCycle(page, 'topup-dialog');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('topup-dialog').count()).toBe(0);
    expect(await sheet(page, 'short').count()).toBe(1);
    await expect.poll(async () => (await focused(page)).id).toBe('pay-topup');
    await page.keyboard.press('Enter');
    await page.getByTestId('topup-dialog').waitFor();
    await page.getByTestId('topup-submit').waitFor();
    await expectAccessible(page, 'payment sheet, top-up');
    await page.getByTestId('topup-preset-50000').check({ force: true });
    await page.getByTestId('topup-submit').click();
    await sheet(page, 'ready').waitFor();
    expect(await page.getByTestId('pay-balance').textContent()).toMatch(/50\.000\s*₫/);

    // The citizen's own words head the sheet: an app's look-alike cannot know them.
    expect(await page.getByTestId('pay-words').textContent()).toContain('mèo mướp ăn cá');
    expect(await page.getByTestId('pay-pin').getAttribute('inputmode')).toBe('numeric');
    // A wrong PIN keeps the sheet open and says how many tries are left; the right one pays.
    await page.getByTestId('pay-pin').fill('000000');
    await page.getByTestId('pay-confirm').click();
    await expect.poll(() => page.getByTestId('pay-error').textContent()).toContain('Còn 4 lần thử');
    await expectAccessible(page, 'payment sheet, ready with a wrong PIN');
    await page.getByTestId('pay-pin').fill('246810');
    await page.getByTestId('pay-confirm').click();
    await expect.poll(() => frame.getByTestId('pay-result').textContent()).toContain('succeeded');
    // The partner's backend counts it paid only once the platform's signed webhook arrived.
    await expect.poll(() => frame.getByTestId('order-state').textContent(), { timeout: 20_000 }).toMatch(/webhook/);

    // The wallet shows the payment and the top-up, and the receipt.
    await page.getByTestId('app-close').click();
    await page.goto(`${journey.origin}/wallet`);
    await expect.poll(() => page.getByTestId('wallet-balance').getAttribute('data-amount')).toBe('25000');
    await expect.poll(() => page.getByTestId('history-entry').count()).toBe(2);
    expect(await page.getByTestId('history-entry').first().getAttribute('data-kind')).toBe('payment');
    await expectAccessible(page, 'wallet');
    await context.close();
  });

  it('tells the app CANCELLED when the citizen closes the sheet, and moves no money', async () => {
    const context = await journey.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${journey.origin}/account/signin`);
    await page.getByTestId('signin-phone').fill('0987654321');
    await page.getByTestId('signin-password').fill('mật khẩu đúng');
    await page.getByTestId('signin-submit').click();
    await enterCode(page, journey.origin, '0987654321', 'signin');
    await page.waitForURL('**/account');
    await page.goto(`${journey.origin}/app/kitchen-sink`);
    const frame = await demoFrame(page);
    await frame.getByTestId('tab-citizen').click();
    await frame.getByTestId('pay').click();
    await sheet(page, 'ready').waitFor();
    await page.keyboard.press('Escape');
    // Closed from the keyboard, the sheet gives the focus back to the app's frame the citizen paid from.
    await expect.poll(async () => (await focusPath(page)).path).toEqual(['citadel-shell', 'citadel-app-view', 'iframe']);
    await expect.poll(() => frame.getByTestId('pay-result').textContent()).toContain('CANCELLED');
    // Said as a citizen's app says it; the code waits, closed, under the kitchen sink's "developer details".
    expect(await frame.getByTestId('failure').textContent()).toBe('Bạn đã đóng bảng thanh toán.');
    expect(await frame.getByTestId('failure-code').textContent()).toBe('CANCELLED');
    expect(await frame.getByTestId('failure-code').isVisible()).toBe(false);
    await expectCitizenText(frame, 'kitchen sink, a cancelled payment');
    await page.goto(`${journey.origin}/wallet`);
    await expect.poll(() => page.getByTestId('wallet-balance').getAttribute('data-amount')).toBe('25000');
    await context.close();
  });

  it('locks the PIN after 5 wrong tries, in the sheet, in the citizen\'s language; only a reset through a code unlocks it', async () => {
    const { context, page } = await signedUpCitizen(journey, { name: 'Hồ Thị Lan', phone: '0987 111 222', password: 'mật khẩu khác' },
      { context: { viewport: { width: 390, height: 800 } } });
    await setUpPin(page, journey.origin, '0987 111 222', '135790', 'núi Ngự sông Hương');
    await page.goto(`${journey.origin}/wallet`);
    await page.getByTestId('topup-preset-50000').check({ force: true });
    await page.getByTestId('topup-submit').click();
    await expect.poll(() => page.getByTestId('wallet-balance').getAttribute('data-amount')).toBe('50000');
    await page.goto(`${journey.origin}/app/kitchen-sink`);
    const frame = await demoFrame(page);
    await frame.getByTestId('tab-citizen').click();
    await frame.getByTestId('pay').click();
    await sheet(page, 'ready').waitFor();
    for (let left = 4; left >= 1; left--) {
      await page.getByTestId('pay-pin').fill(`11111${left}`);
      await page.getByTestId('pay-confirm').click();
      await expect.poll(() => page.getByTestId('pay-error').textContent()).toContain(`Còn ${left} lần thử`);
    }
    await page.getByTestId('pay-pin').fill('111110');
    await page.getByTestId('pay-confirm').click();
    await sheet(page, 'stopped').waitFor();
    expect(await page.getByTestId('pay-error').getAttribute('data-problem')).toBe('pin-locked');
    expect(await page.getByTestId('pay-error').textContent()).toContain('đã bị khoá');
    expect(await page.getByTestId('pay-setup-pin').textContent()).toContain('Đặt lại mã PIN');
    await page.getByTestId('pay-cancel').click();
    await expect.poll(() => frame.getByTestId('pay-result').textContent()).toContain('CANCELLED');
    // Locked whatever is typed next time: the sheet does not even ask.
    await frame.getByTestId('pay').click();
    await sheet(page, 'stopped').waitFor();
    expect(await page.getByTestId('pay-error').getAttribute('data-problem')).toBe('pin-locked');
    // Closed by the browser rather than by a button (as Chromium does on a second Escape, without asking the page): a
    // dismissal all the same, which the app hears instead of waiting for ever.
    await page.getByTestId('payment-sheet').evaluate((dialog: HTMLDialogElement) => dialog.close());
    await expect.poll(() => frame.getByTestId('pay-result').textContent()).toContain('CANCELLED');
    await page.goto(`${journey.origin}/wallet`);
    await expect.poll(() => page.getByTestId('wallet-balance').getAttribute('data-amount')).toBe('50000');
    // The reset: a code to the phone (a minute after the last one, moved in the database, not waited for), a new PIN.
    await journey.database.query("UPDATE phone_codes SET created_at = created_at - interval '2 minutes' WHERE phone = '+84987111222'");
    await page.goto(`${journey.origin}/account/security`);
    await expect.poll(() => page.getByTestId('pin-status').getAttribute('data-state')).toBe('locked');
    await setUpPin(page, journey.origin, '0987 111 222', '975310', 'núi Ngự sông Hương');
    expect(await page.getByTestId('pin-status').getAttribute('data-state')).toBe('set');
    await context.close();
  });
});
