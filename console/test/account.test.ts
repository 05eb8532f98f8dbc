import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { devSmsCode } from '../../host/test/support/journey.js';
import { askForCode, focusedText, registerCitizen, startConsolePlatform, type ConsolePlatform } from './support/console-platform.js';

const PARTNER = { phone: '0905 300 400', password: 'mật khẩu cũ dài', name: 'Vũ Thị Quên' };
const NEW_PASSWORD = 'mật khẩu mới dài';

// The console's account screens in real Chromium at 320 px, against the real platform: a number that already has an
// account is told so after its code, in English, and led to recovery; a forgotten password is reset with a code (a
// wrong one refused in Vietnamese, a resend past the platform's hourly limit refused naming it), which signs in.
describe('the console\'s sign-up and recovery screens', () => {
  let env: ConsolePlatform;
  let context: BrowserContext;
  let page: Page;
  /** Messages the page logged as errors (a CSP refusal among them). */
  const errors: string[] = [];
  const heading = () => page.locator('h1:visible').first().textContent();
  const fits = async () => expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);

  beforeAll(async () => {
    // No cooldown, so a new code may be asked for at once; 4 codes an hour per number: the account's, the sign-up
    // attempt's, recovery's and one resend.
    env = await startConsolePlatform({ otpLimits: { cooldownSeconds: 0, perNumberHour: 4 } });
    await registerCitizen(env.origin, PARTNER);
    context = await env.browser.newContext({ viewport: { width: 320, height: 800 } });
    page = await context.newPage();
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    await page.goto(`${env.consoleOrigin}/`);
  });
  afterAll(async () => {
    await context?.close();
    await env?.close();
  });

  it('tells a number with an account so after its code, in English, and leads to recovery', async () => {
    await page.getByTestId('lang-switch').click();
    await page.getByTestId('to-signup').click();
    await expect.poll(() => focusedText(page)).toBe('h1: Create an account');
    await page.getByTestId('signup-submit').click();
    expect(await page.getByTestId('signup-phone-problem').textContent()).toBe('Please fill this in.');
    expect(await askForCode(page, 'signup', PARTNER.phone)).toBe('We texted a code to 0905300400; it works for 5 minutes.');
    // The platform's answer allows another code at once.
    expect(await page.getByTestId('signup-resend').isDisabled()).toBe(false);
    await page.getByTestId('signup-code').fill(await devSmsCode(env.origin, PARTNER.phone));
    await page.getByTestId('signup-name').fill('Someone Else');
    await page.getByTestId('signup-password').fill('another long password');
    await page.getByTestId('signup-submit').click();
    expect(await page.getByTestId('signup-error').textContent()).toBe('This phone number already has an account.');
    await fits();
    await page.getByTestId('signup-taken-recover').click();
    await expect.poll(() => focusedText(page)).toBe('h1: Reset your password');
    await page.getByTestId('recover-to-signin').click();
    await expect.poll(() => focusedText(page)).toBe('h1: Sign in to the console');
    await page.getByTestId('lang-switch').click();
    expect(await heading()).toBe('Đăng nhập bảng điều khiển');
  });

  it('resets a forgotten password with the code texted: a wrong code and a resend past the limit refused in Vietnamese; signs in', async () => {
    await page.getByTestId('to-recover').click();
    await expect.poll(() => focusedText(page)).toBe('h1: Đặt lại mật khẩu');
    expect(await askForCode(page, 'recover', PARTNER.phone)).toBe('Nếu 0905300400 có tài khoản, mã xác thực đã được gửi tới số đó qua SMS; mã dùng được trong 5 phút.');
    const first = await devSmsCode(env.origin, PARTNER.phone);

    // A new code (the fourth this hour), then one past the platform's limit of 4, named with the wait.
    await page.getByTestId('recover-resend').click();
    expect(await page.getByTestId('recover-resent').textContent()).toBe('Đã gửi mã mới.');
    await expect.poll(() => devSmsCode(env.origin, PARTNER.phone)).not.toBe(first);
    const code = await devSmsCode(env.origin, PARTNER.phone);
    await page.getByTestId('recover-resend').click();
    expect(await page.getByTestId('recover-error').textContent()).toMatch(/^Mỗi số nhận tối đa 4 mã trong 1 giờ\. Vui lòng thử lại sau \d+ phút\.$/);
    expect(await page.getByTestId('recover-resend').isDisabled()).toBe(true);
    expect(await page.getByTestId('recover-resend').textContent()).toMatch(/^\s*Gửi lại mã sau \d+ phút\s*$/);

    // The new password is checked before sending; a wrong code is refused, with the tries left.
    await page.getByTestId('recover-code').fill(code === '000000' ? '111111' : '000000');
    await page.getByTestId('recover-password').fill('ngắn');
    await page.getByTestId('recover-submit').click();
    expect(await page.getByTestId('recover-password-problem').textContent()).toBe('Mật khẩu cần từ 8 đến 128 ký tự.');
    await page.getByTestId('recover-password').fill(NEW_PASSWORD);
    await page.getByTestId('recover-submit').click();
    expect(await page.getByTestId('recover-error').textContent()).toBe('Mã xác thực không đúng. Còn 4 lần thử.');
    expect(await page.getByTestId('recover-note').textContent()).toContain('Mọi phiên đăng nhập khác của tài khoản');
    await fits();

    await page.getByTestId('recover-code').fill(code);
    await page.getByTestId('recover-submit').click();
    await page.getByTestId('signed-in-as').waitFor();
    expect(await page.getByTestId('signed-in-as').textContent()).toContain(PARTNER.name);
    await expect.poll(() => focusedText(page)).toBe('h1: Tổ chức của bạn');
  });

  it('signs in with the new password, not the old one, and logged no error (the strict CSP refused nothing)', async () => {
    await page.getByTestId('sign-out').click();
    await expect.poll(() => heading()).toBe('Đăng nhập bảng điều khiển');
    await page.getByTestId('signin-phone').fill(PARTNER.phone);
    await page.getByTestId('signin-password').fill(PARTNER.password);
    await page.getByTestId('signin-submit').click();
    expect(await page.getByTestId('signin-error').textContent()).toBe('Số điện thoại hoặc mật khẩu không đúng.');
    // This browser confirmed the recovery code, so the new password alone signs in here.
    await page.getByTestId('signin-password').fill(NEW_PASSWORD);
    await page.getByTestId('signin-submit').click();
    await page.getByTestId('signed-in-as').waitFor();
    expect(await page.getByTestId('signed-in-as').textContent()).toContain(PARTNER.name);
    // The refusals are answers, not page errors; only those are logged, as Chromium logs every failed fetch.
    expect(errors.filter((text) => !/status of (401|409|422|429)/.test(text))).toEqual([]);
  });
});
