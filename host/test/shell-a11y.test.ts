import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHostPlatform } from './support/host-platform.js';
import { noSideScroll, signedUpCitizen } from './support/journey.js';
import { focused, openPage } from './support/shell.js';

/** Whether the element with `testId` (in the host's shadow roots) can take the focus now. */
const canFocus = (page: Page, testId: string) => page.getByTestId(testId).first().evaluate((element: HTMLElement) => {
  element.focus();
  return (element.getRootNode() as ShadowRoot).activeElement === element;
});

// Issue 16, "Accessibility", the host's part: focus into an opened app and back to what opened it, focus on a heading
// after sign-in, no sideways scrolling at 320 px or at 200 % zoom, and no motion for a citizen who asks for less.
describe('the host\'s focus, layout and motion', () => {
  const env = useHostPlatform();

  it('moves the focus into an opened app, keeps the screens behind it out of reach, and back to its icon on close', async () => {
    const { context, page } = await openPage(env.browser, env.origin);
    const tile = page.getByTestId('category-public-services').getByTestId('app-kitchen-sink');
    await tile.focus();
    await page.keyboard.press('Enter');
    const frame = await env.appFrame(page, 'kitchen-sink');
    // The app's title has the focus: a screen reader names the app.
    await expect.poll(() => focused(page)).toEqual({ id: 'app-title', text: 'Trải nghiệm nền tảng' });
    // Behind the app, nothing takes the focus: not the search, not a tile, not the bottom navigation.
    for (const testId of ['search', 'app-kitchen-sink', 'nav-home']) expect(await canFocus(page, testId), testId).toBe(false);
    await page.getByTestId('app-title').focus();
    // Two Tabs: the close button, then inside the app's frame.
    await page.keyboard.press('Tab');
    expect(await focused(page)).toMatchObject({ id: 'app-close' });
    await page.keyboard.press('Tab');
    await expect.poll(() => frame.evaluate(() => document.hasFocus())).toBe(true);
    // Closing from the keyboard: the focus is back on the icon that opened it.
    await page.getByTestId('app-close').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toEqual({ id: 'app-kitchen-sink', text: 'Trải nghiệm nền tảng' });
    expect(await tile.evaluate((el) => (el.getRootNode() as ShadowRoot).activeElement === el)).toBe(true);
    expect(await canFocus(page, 'search')).toBe(true);

    // From a quick action, and closed with the browser's back button: the focus returns to that quick action.
    await page.getByTestId('quick-report').focus();
    await page.keyboard.press('Enter');
    await env.appFrame(page, 'reporting');
    await expect.poll(() => focused(page)).toMatchObject({ id: 'app-title' });
    await page.goBack();
    await expect.poll(() => focused(page)).toMatchObject({ id: 'quick-report' });
    await context.close();
  });

  it('puts the focus on the screen\'s heading after signing up, signing in and a navigation, and on the result after paying', async () => {
    const { context, page } = await signedUpCitizen(env, { name: 'Đặng Thị Mai', phone: '0907 200 300', password: 'mật khẩu dài 19' });
    await expect.poll(() => focused(page)).toEqual({ id: 'h2', text: 'Tài khoản' });
    await page.getByTestId('signout').click();
    await expect.poll(() => page.getByTestId('account-button').getAttribute('data-signed-in')).toBe('false');
    // The wallet asks a signed-out citizen to sign in in place; once signed in, its heading has the focus.
    await page.getByTestId('wallet-button').click();
    await page.getByTestId('signin-phone').fill('0907200300');
    await page.getByTestId('signin-password').fill('mật khẩu dài 19');
    await page.getByTestId('signin-submit').click();
    await expect.poll(() => focused(page)).toEqual({ id: 'h2', text: 'Ví Huế-S' });
    // Paying into the wallet: the result has the focus, not the page's body.
    await page.getByTestId('topup-preset-50000').check({ force: true });
    await page.getByTestId('topup-submit').click();
    await expect.poll(() => focused(page)).toMatchObject({ id: 'topup-done', text: expect.stringContaining('50.000') });
    // A tab of the bottom navigation: the new screen's heading, not the tab, has the focus.
    await page.getByTestId('inbox-button').click();
    await expect.poll(() => focused(page)).toEqual({ id: 'h2', text: 'Hộp thư' });
    await page.getByTestId('nav-home').click();
    await expect.poll(() => focused(page)).toEqual({ id: 'h2', text: 'Trang chủ' });
    await context.close();
  });

  it('never scrolls sideways at 320 px nor at 200 % zoom, on every screen of the shell', async () => {
    // 200 % zoom of a 1280 × 800 window: 640 × 400 CSS pixels at a device pixel ratio of 2.
    for (const viewport of [{ width: 320, height: 640, deviceScaleFactor: 1 }, { width: 640, height: 400, deviceScaleFactor: 2 }]) {
      const { width, height, deviceScaleFactor } = viewport;
      const { context, page } = await signedUpCitizen(env, { name: 'Võ Văn Bình', phone: `0907 ${width} 400`, password: 'mật khẩu dài 20' },
        { context: { viewport: { width, height }, deviceScaleFactor } });
      for (const path of ['/', '/inbox', '/wallet', '/alerts', '/account', '/account/sessions', '/account/consents']) {
        await page.goto(`${env.origin}${path}`);
        await page.getByTestId('bottom-nav').waitFor();
        await page.waitForLoadState('networkidle');
        expect(await noSideScroll(page), `${path} at ${width} px`).toBe(true);
        expect((await page.getByTestId('app-bar').boundingBox())!.height, `${path} at ${width} px`).toBeLessThanOrEqual(64);
      }
      await context.close();
    }
  });

  it('honours prefers-reduced-motion: the launch notice appears without an animation', async () => {
    const animations = async (reducedMotion: 'reduce' | 'no-preference') => {
      const { context, page } = await openPage(env.browser, env.origin, { reducedMotion });
      // The platform's answer to the launch check is held, so the notice stays up while it is looked at.
      let release!: () => void;
      const held = new Promise<void>((resolve) => { release = resolve; });
      await page.route('**/api/apps/kitchen-sink/launch', async (route) => {
        await held;
        await route.continue();
      });
      await page.getByTestId('category-public-services').getByTestId('app-kitchen-sink').click();
      const notice = page.locator('citadel-launch-notice .checking');
      await notice.waitFor();
      const count = await notice.evaluate((element) => element.getAnimations().length);
      release();
      await env.appFrame(page, 'kitchen-sink');
      await context.close();
      return count;
    };
    expect(await animations('no-preference')).toBe(1);
    expect(await animations('reduce')).toBe(0);
  });
});
