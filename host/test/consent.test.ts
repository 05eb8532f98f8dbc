import type { Frame, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../../tests/support/axe.js';
import { kitchenSinkAlone, useHostPlatform } from './support/host-platform.js';
import { signedUpCitizen, type NewCitizen } from './support/journey.js';

const APP = 'kitchen-sink';

// A citizen says no to an app's identity request: the host remembers it, across sessions, and
// answers the app PERMISSION_DENIED without drawing anything, until the citizen clears the
// refusal in the consent center; then the app's next request prompts again.
describe('consent that remembers no, through the real host and platform', () => {
  const env = useHostPlatform(kitchenSinkAlone());

  /** A new browser with a new citizen signed up in the host. */
  const citizen = (who: NewCitizen) => signedUpCitizen(env, who, { context: { viewport: { width: 390, height: 800 } } });
  const demoFrame = (page: Page): Promise<Frame> => env.appFrame(page, APP);
  const askIdentity = async (frame: Frame) => {
    await frame.evaluate(() => { document.querySelector('[data-testid="identity-result"]')!.textContent = ''; });
    await frame.getByTestId('identity').click();
  };

  it('remembers a refused identity request until the citizen clears it in the consent center', async () => {
    const { context, page } = await citizen({ name: 'Lê Văn Cường', phone: '0905 333 444', password: 'mật khẩu dài 3' });

    await page.goto(`${env.origin}/app/${APP}`);
    let frame = await demoFrame(page);
    await frame.getByTestId('tab-citizen').click();
    await askIdentity(frame);
    await page.getByTestId('consent-deny').click();
    await expect.poll(() => frame.getByTestId('identity-result').textContent()).toContain('PERMISSION_DENIED');

    // Asked again in the same session and after a reload (a new session): answered at once, no prompt.
    await askIdentity(frame);
    await expect.poll(() => frame.getByTestId('identity-result').textContent()).toContain('PERMISSION_DENIED');
    expect(await page.getByTestId('identity-consent').count()).toBe(0);
    await page.reload();
    frame = await demoFrame(page);
    await frame.getByTestId('tab-citizen').click();
    await askIdentity(frame);
    await expect.poll(() => frame.getByTestId('identity-result').textContent()).toContain('PERMISSION_DENIED');
    expect(await page.getByTestId('identity-consent').count()).toBe(0);
    await page.getByTestId('app-close').click();

    // The consent center lists the refusal, with when; clearing it lets the app ask again.
    await page.getByTestId('account-button').click();
    await page.getByTestId('account-consents').click();
    const app = page.locator(`[data-testid="consent-app"][data-app="${APP}"]`);
    await app.getByTestId('consent-refused-identity').waitFor();
    await expectAccessible(page, 'account consents (linked apps)');
    expect(await app.getByTestId('consent-refused-identity').textContent()).toContain('Bạn đã từ chối');
    await app.getByTestId('consent-forget-identity').click();
    await page.getByTestId('consent-done').waitFor();
    await expect.poll(() => app.count()).toBe(0);

    await page.goto(`${env.origin}/app/${APP}`);
    frame = await demoFrame(page);
    await frame.getByTestId('tab-citizen').click();
    await askIdentity(frame);
    await page.getByTestId('consent-allow').click();
    await expect.poll(() => frame.getByTestId('identity-result').textContent()).not.toBe('');
    expect(await frame.getByTestId('identity-result').textContent()).not.toContain('PERMISSION_DENIED');
    await context.close();
  });

  it('keeps an identity request made without a tap in the app behind the host\'s chip until the citizen taps it', async () => {
    const { context, page } = await citizen({ name: 'Phạm Thị Dung', phone: '0905 555 666', password: 'mật khẩu dài 4' });

    await page.goto(`${env.origin}/app/${APP}`);
    const frame = await demoFrame(page);
    await frame.getByTestId('tab-citizen').click();
    await frame.evaluate(() => { document.querySelector('[data-testid="identity-result"]')!.textContent = ''; });
    // The citizen's last tap is on the host's own page (the app's title): then the app's own script
    // asks, with no gesture in the app (a synthetic click, run without one).
    await page.getByTestId('app-title').click();
    const session = await context.newCDPSession(frame);
    await session.send('Runtime.evaluate', { expression: 'document.querySelector(\'[data-testid="identity"]\').click()', userGesture: false });
    const chip = page.getByTestId('prompt-chip');
    await chip.waitFor();
    expect(await chip.textContent()).toContain('Trải nghiệm nền tảng muốn biết bạn là ai');
    expect(await chip.getAttribute('data-permission')).toBe('identity');
    expect(await page.getByTestId('identity-consent').count()).toBe(0);
    expect(await frame.getByTestId('identity-result').textContent()).toBe('…'); // the call is pending
    await expectAccessible(page, 'prompt chip over an app');

    await chip.click();
    await page.getByTestId('consent-deny').click();
    await expect.poll(() => frame.getByTestId('identity-result').textContent()).toContain('PERMISSION_DENIED');
    expect(await page.getByTestId('prompt-chip').count()).toBe(0);
    await context.close();
  });
});
