import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createPartnerBackend, type ListeningBackend } from '../../examples/partner-backend/src/server.js';
import { paymentSheet as sheet, startJourney, type Journey } from './support/journey.js';

// A citizen pays inside the demo app: the partner's backend creates the order, the host draws
// the sheet (amount and description as the platform holds them), the citizen tops up and confirms
// with their password, and the partner marks the order paid only when the signed webhook arrives.
describe('payments, end to end through the real host, platform and partner backend', () => {
  let journey: Journey<ListeningBackend>;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    journey = await startJourney('kitchen-sink', (options) => createPartnerBackend(options).listen());
    ({ browser, origin } = journey);
  });
  afterAll(() => journey?.close());

  const demoFrame = (page: Page): Promise<Frame> => journey.appFrame(page);

  it('pays a partner order from the wallet, with a step-up password, confirmed by the webhook', async () => {
    const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
    const page = await context.newPage();
    await page.goto(`${origin}/`);
    await page.getByTestId('account-button').click();
    await page.getByTestId('signin-to-signup').click();
    await page.getByTestId('signup-name').fill('Phan Văn Đức');
    await page.getByTestId('signup-phone').fill('0987 654 321');
    await page.getByTestId('signup-password').fill('mật khẩu đúng');
    await page.getByTestId('signup-submit').click();
    await page.waitForURL('**/account');

    await page.goto(`${origin}/app/kitchen-sink`);
    const frame = await demoFrame(page);
    await frame.getByTestId('tab-citizen').click();
    await frame.getByTestId('pay').click();
    // The empty wallet: the sheet says so and offers a top-up, drawn by the host over the sheet.
    await sheet(page, 'short').waitFor();
    expect(await page.getByTestId('pay-amount').textContent()).toMatch(/25\.000\s*₫/);
    expect(await page.getByTestId('pay-description').textContent()).toContain('Vé tham quan Đại Nội');
    await page.getByTestId('pay-topup').click();
    await page.getByTestId('topup-preset-50000').check({ force: true });
    await page.getByTestId('topup-submit').click();
    await sheet(page, 'ready').waitFor();
    expect(await page.getByTestId('pay-balance').textContent()).toMatch(/50\.000\s*₫/);

    // A wrong password keeps the sheet open; the right one pays.
    await page.getByTestId('pay-password').fill('sai mật khẩu');
    await page.getByTestId('pay-confirm').click();
    await page.getByTestId('pay-error').waitFor();
    await page.getByTestId('pay-password').fill('mật khẩu đúng');
    await page.getByTestId('pay-confirm').click();
    await expect.poll(() => frame.getByTestId('pay-result').textContent()).toContain('succeeded');
    // The partner's backend counts it paid only once the platform's signed webhook arrived.
    await expect.poll(() => frame.getByTestId('order-state').textContent(), { timeout: 20_000 }).toMatch(/webhook/);

    // The wallet shows the payment and the top-up, and the receipt.
    await page.getByTestId('app-close').click();
    await page.goto(`${origin}/wallet`);
    await expect.poll(() => page.getByTestId('wallet-balance').getAttribute('data-amount')).toBe('25000');
    await expect.poll(() => page.getByTestId('history-entry').count()).toBe(2);
    expect(await page.getByTestId('history-entry').first().getAttribute('data-kind')).toBe('payment');
    await context.close();
  });

  it('tells the app CANCELLED when the citizen closes the sheet, and moves no money', async () => {
    const context = await browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${origin}/account/signin`);
    await page.getByTestId('signin-phone').fill('0987654321');
    await page.getByTestId('signin-password').fill('mật khẩu đúng');
    await page.getByTestId('signin-submit').click();
    await page.waitForURL('**/account');
    await page.goto(`${origin}/app/kitchen-sink`);
    const frame = await demoFrame(page);
    await frame.getByTestId('tab-citizen').click();
    await frame.getByTestId('pay').click();
    await sheet(page, 'ready').waitFor();
    await page.keyboard.press('Escape');
    await expect.poll(() => frame.getByTestId('pay-result').textContent()).toContain('CANCELLED');
    await page.goto(`${origin}/wallet`);
    await expect.poll(() => page.getByTestId('wallet-balance').getAttribute('data-amount')).toBe('25000');
    await context.close();
  });
});
