import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../../tests/support/axe.js';
import { createPartnerBackend } from '../../examples/partner-backend/src/server.js';
import { expectTabCycle } from './support/dialog-focus.js';
import { codeTextedBy, devSmsCode, enterCode, signedUpCitizen, useJourney, type NewCitizen } from './support/journey.js';
import { focusPath } from './support/shell.js';

// The citizen's account in the real host, and the demo app greeting them by a name its own
// backend verified: sign up → launch → sign in over the app → consent → greeting.
describe('citizen accounts and Sign in with Citadel, end to end', () => {
  const journey = useJourney('kitchen-sink', (options) => createPartnerBackend(options).listen());

  const openHost = async (path = '/', width = 390) => {
    const context = await journey.browser.newContext({ viewport: { width, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${journey.origin}${path}`);
    return { context, page };
  };
  const pathOf = (page: Page) => new URL(page.url()).pathname;
  const demoFrame = (page: Page): Promise<Frame> => journey.appFrame(page);
  const signedUp = (who: NewCitizen) => signedUpCitizen(journey, who, { context: { viewport: { width: 390, height: 800 } } });

  it('signs up at 320 px, checks the rules first, shows the profile and verifies through the eID provider', async () => {
    const { page, context } = await openHost('/', 320);
    await expect.poll(() => page.getByTestId('account-button').getAttribute('data-signed-in')).toBe('false');
    await page.getByTestId('account-button').click();
    expect(pathOf(page)).toBe('/account/signin');
    await page.getByTestId('signin-to-signup').waitFor();
    await expectAccessible(page, 'sign-in');
    await page.getByTestId('signin-to-signup').click();
    await page.getByTestId('signup-name').fill('Nguyễn Văn An');
    await page.getByTestId('signup-phone').fill('0912 345 678');
    await page.getByTestId('signup-password').fill('short');
    await page.getByTestId('signup-submit').click();
    expect(await page.getByTestId('signup-password-problem').textContent()).toContain('8 đến 128');
    await expectAccessible(page, 'sign-up with a field error');
    await page.getByTestId('signup-password').fill('mật khẩu dài 1');
    await page.getByTestId('signup-submit').click();
    // The account exists only once the number is confirmed: a wrong code is refused in Vietnamese, with the tries left.
    await page.getByTestId('signup-code-sent').waitFor();
    // Another code only after the minute the platform named, counted down on the button.
    expect(await page.getByTestId('signup-code-resend').isDisabled()).toBe(true);
    expect(await page.getByTestId('signup-code-resend').textContent()).toMatch(/Gửi lại mã sau \d+ giây/);
    await page.getByTestId('signup-code').fill('12345');
    await page.getByTestId('signup-confirm').click();
    expect(await page.getByTestId('signup-code-problem').textContent()).toContain('6 chữ số');
    await expectAccessible(page, 'sign-up code step');
    await enterCode(page, journey.origin, '0912 345 678', 'signup');
    await expect.poll(() => pathOf(page)).toBe('/account');
    expect(await page.getByTestId('profile-phone').textContent()).toContain('0912 345 678');
    expect(await page.getByTestId('account-button').getAttribute('data-signed-in')).toBe('true');

    await page.getByTestId('verify-national-id').fill('001099012345');
    await page.getByTestId('verify-full-name').fill('Nguyễn Văn An');
    await page.getByTestId('verify-dob').fill('1990-05-17');
    await page.getByTestId('verify-ward').fill('Thuận Hóa');
    await page.getByTestId('verify-submit').click();
    await page.getByTestId('verify-result').waitFor();
    await expect.poll(() => page.getByTestId('profile-ward').textContent()).toContain('Thuận Hóa');
    await expectAccessible(page, 'account');
    await page.getByTestId('lang').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expectAccessible(page, 'account, English');
    await context.close();
  });

  it('lists sessions with this device marked; revoking another device signs it out there', async () => {
    const { page, context } = await signedUp({ name: 'Trần Thị Bình', phone: '0913 000 111', password: 'hai thiết bị' });
    const other = await openHost('/account/signin');
    await other.page.getByTestId('signin-phone').fill('+84 913 000 111');
    await other.page.getByTestId('signin-password').fill('sai mật khẩu');
    await other.page.getByTestId('signin-submit').click();
    expect(await other.page.getByTestId('signin-error').textContent()).toContain('không đúng');
    await other.page.getByTestId('signin-password').fill('hai thiết bị');
    await other.page.getByTestId('signin-submit').click();
    // A browser the platform does not know: the right password, then the code texted to the phone.
    expect(await other.page.getByTestId('signin-code-sent').textContent()).toContain('thiết bị mới');
    await enterCode(other.page, journey.origin, '0913 000 111', 'signin');
    await expect.poll(() => pathOf(other.page)).toBe('/account');

    await page.getByTestId('account-tab-sessions').click();
    await expect.poll(() => page.getByTestId('session').count()).toBe(2);
    expect(await page.getByTestId('session-current').count()).toBe(1);
    await expectAccessible(page, 'account sessions');
    await page.getByTestId('session').filter({ hasNot: page.getByTestId('session-current') }).getByTestId('session-revoke').click();
    await expect.poll(() => page.getByTestId('session').count()).toBe(1);
    await other.page.getByTestId('account-tab-sessions').click();
    await other.page.getByTestId('signin-form').waitFor();
    await other.context.close();
    await context.close();
  });

  it('the demo greets the citizen by the name its own backend verified, after a host-drawn sign-in and consent', async () => {
    const { page, context } = await signedUp({ name: 'Lê Văn Cường', phone: '0914 222 333', password: 'chào từ máy chủ' });
    await page.getByTestId('signout').click();
    await expect.poll(() => page.getByTestId('account-button').getAttribute('data-signed-in')).toBe('false');

    await page.getByTestId('app-kitchen-sink').click();
    const frame = await demoFrame(page);
    await frame.getByTestId('tab-citizen').click();
    await frame.getByTestId('identity').click();
    // Signed out: the host draws its own sign-in over the app. Tab and Shift+Tab go round its fields, inside the sign-in
    // form's own element too, without leaving it; Escape cancels the call and gives the focus back to the app's frame.
    await page.getByTestId('signin-dialog').waitFor();
    const signInStops = await expectTabCycle(page, 'signin-dialog');
    expect(['signin-dialog-close', 'signin-phone', 'signin-password', 'signin-submit'].every((id) => signInStops.some((where) => where.includes(id)))).toBe(true);
    await page.keyboard.press('Escape');
    await expect.poll(() => frame.getByTestId('identity-result').textContent()).toContain('CANCELLED');
    expect(await page.getByTestId('signin-dialog').count()).toBe(0);
    expect((await focusPath(page)).path).toEqual(['citadel-shell', 'citadel-app-view', 'iframe']);
    // Closing it cancels the call too.
    await frame.getByTestId('identity-result').evaluate((out) => { out.textContent = ''; });
    await frame.getByTestId('identity').click();
    await page.getByTestId('signin-dialog').waitFor();
    await expectAccessible(page, 'sign-in dialog over an app');
    await page.getByTestId('signin-dialog-close').click();
    await expect.poll(() => frame.getByTestId('identity-result').textContent()).toContain('CANCELLED');

    await frame.getByTestId('identity').click();
    const dialog = page.getByTestId('signin-dialog');
    await dialog.getByTestId('signin-phone').fill('0914222333');
    await dialog.getByTestId('signin-password').fill('chào từ máy chủ');
    await dialog.getByTestId('signin-submit').click();
    // Consent: the claims with the citizen's real values and the manifest's reason; untick one.
    await page.getByTestId('identity-consent').waitFor();
    expect(await page.getByTestId('identity-consent').textContent()).toContain('Lê Văn Cường');
    expect(await page.getByTestId('identity-consent').textContent()).toContain('Để chào bạn bằng tên');
    await expectTabCycle(page, 'identity-consent');
    await expectAccessible(page, 'identity consent prompt');
    await page.getByTestId('consent-claim-verificationLevel').uncheck();
    await page.getByTestId('consent-allow').click();
    await expect.poll(() => frame.getByTestId('identity-result').textContent()).toContain('Xin chào, Lê Văn Cường!');

    // The untick held: asking for it again asks only for that claim; refusing is PERMISSION_DENIED.
    await frame.getByTestId('identity').click();
    await page.getByTestId('identity-consent').waitFor();
    expect(await page.getByTestId('consent-claim-name').count()).toBe(0);
    await page.getByTestId('consent-deny').click();
    await expect.poll(() => frame.getByTestId('identity-result').textContent()).toContain('PERMISSION_DENIED');
    // The consent closed, the focus is back in the app's frame.
    expect((await focusPath(page)).path).toEqual(['citadel-shell', 'citadel-app-view', 'iframe']);
    await context.close();
  });

  it('refuses a suspended app at launch, from the catalogue and from a deep link, without framing it', async () => {
    const { page, context } = await openHost();
    await page.getByTestId('app-kitchen-sink').waitFor();
    await journey.platform.admin.setStatus('kitchen-sink', 'suspended');
    try {
      await page.getByTestId('app-kitchen-sink').first().click();
      await page.getByTestId('app-suspended').waitFor();
      expect(page.frames().some((f) => f.url().includes('kitchen-sink.apps'))).toBe(false);
      await expectAccessible(page, 'app suspended notice');
      await page.goto(`${journey.origin}/app/kitchen-sink`);
      await page.getByTestId('app-suspended').waitFor();
      expect(page.frames().some((f) => f.url().includes('kitchen-sink.apps'))).toBe(false);
    } finally {
      await journey.platform.admin.setStatus('kitchen-sink', 'active');
    }
    await context.close();
  });

  it('recovers a forgotten password with a code, then moves the account to a new number confirmed by its code', async () => {
    const { page, context } = await signedUp({ name: 'Đoàn Thị Mai', phone: '0916 555 666', password: 'mật khẩu đã quên' });
    await page.getByTestId('signout').click();
    await page.goto(`${journey.origin}/account/signin`);
    await page.getByTestId('signin-forgot').click();
    await page.getByTestId('recover-phone').waitFor();
    await expectAccessible(page, 'password recovery');
    await page.getByTestId('recover-phone').fill('0916 555 666');
    const recovery = await codeTextedBy(journey.origin, '0916 555 666', () => page.getByTestId('recover-send').click());
    await page.getByTestId('recover-code').fill(recovery);
    await page.getByTestId('recover-password').fill('mật khẩu mới tinh');
    await page.getByTestId('recover-submit').click();
    await expect.poll(() => pathOf(page)).toBe('/account');

    await page.getByTestId('account-tab-security').click();
    expect(await page.getByTestId('phone-state').getAttribute('data-verified')).toBe('true');
    await page.getByTestId('phone-new').fill('0916 555 777');
    await page.getByTestId('phone-send').click();
    // Asked for, not yet confirmed: a wrong code changes nothing and says so.
    await page.getByTestId('phone-code').waitFor();
    const code = await devSmsCode(journey.origin, '0916 555 777');
    await page.getByTestId('phone-code').fill(String((Number(code) + 1) % 1_000_000).padStart(6, '0'));
    await page.getByTestId('phone-confirm').click();
    await expect.poll(() => page.getByTestId('phone-error').textContent()).toBe('Mã xác thực không đúng. Còn 4 lần thử.');
    await expectAccessible(page, 'account security: phone and PIN');
    await page.getByTestId('phone-code').fill(code);
    await page.getByTestId('phone-confirm').click();
    await page.getByTestId('phone-saved').waitFor();
    expect(await page.getByTestId('phone-state').textContent()).toContain('0916 555 777');
    await context.close();
  });

  it('an impostor signing up with the school roster teacher\'s number cannot confirm it: typed, localised refusals, no account', async () => {
    const { page, context } = await openHost('/account/signup');
    await page.getByTestId('signup-name').fill('Trần Văn Minh');
    await page.getByTestId('signup-phone').fill('0900 000 202');
    await page.getByTestId('signup-password').fill('tôi là giáo viên');
    await page.getByTestId('signup-submit').click();
    await page.getByTestId('signup-code-sent').waitFor();
    // The code went to the real teacher's phone; the impostor guesses.
    const real = await devSmsCode(journey.origin, '0900 000 202');
    const guess = (i: number) => String((Number(real) + 1 + i) % 1_000_000).padStart(6, '0');
    for (let i = 0; i < 4; i++) {
      await page.getByTestId('signup-code').fill(guess(i));
      await page.getByTestId('signup-confirm').click();
      await expect.poll(() => page.getByTestId('signup-error').textContent()).toBe(`Mã xác thực không đúng. Còn ${4 - i} lần thử.`);
    }
    await page.getByTestId('lang').click();
    await page.getByTestId('signup-code').fill(guess(4));
    await page.getByTestId('signup-confirm').click();
    await expect.poll(() => page.getByTestId('signup-error').textContent()).toBe('You entered a wrong code 5 times. Ask for a new one.');
    // Even the right code is refused now: the code is dead, and no account holds the number.
    await page.getByTestId('signup-code').fill(real);
    await page.getByTestId('signup-confirm').click();
    await expect.poll(() => page.getByTestId('signup-error').textContent()).toBe('You entered a wrong code 5 times. Ask for a new one.');
    expect(pathOf(page)).toBe('/account/signup');
    expect(await journey.database.query('SELECT 1 FROM citizens WHERE phone = $1', ['+84900000202'])).toHaveLength(0);
    await context.close();
  });

  it('tells a locked-out citizen how long to wait, in their language', async () => {
    const { page, context } = await openHost('/account/signin');
    for (let i = 0; i < 5; i++) {
      await page.getByTestId('signin-phone').fill('0915 444 555');
      await page.getByTestId('signin-password').fill(`đoán sai ${i}`);
      await page.getByTestId('signin-submit').click();
      await page.getByTestId('signin-error').waitFor();
      await expect.poll(() => page.getByTestId('signin-submit').isEnabled()).toBe(true);
    }
    // The sixth try is refused whatever the password, with the wait named.
    await page.getByTestId('signin-submit').click();
    await expect.poll(() => page.getByTestId('signin-error').textContent()).toMatch(/15 phút/);
    await page.getByTestId('lang').click();
    await page.getByTestId('signin-submit').click();
    await expect.poll(() => page.getByTestId('signin-error').textContent()).toMatch(/15 minutes/);
    await context.close();
  });
});
