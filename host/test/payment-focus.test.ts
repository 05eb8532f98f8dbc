import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPartnerBackend } from '../../examples/partner-backend/src/server.js';
import { demoPaymentReady, signedUpCitizen, useJourney } from './support/journey.js';
import { expectTabCycle } from './support/dialog-focus.js';
import { focusPath } from './support/shell.js';

// Issue 16: after paying, the focus fell to the page's body (the sheet's busy button dropped it, so the closing dialog
// did not restore it). The host gives it back to the app's frame, and the demo app puts it on the payment's result.
describe('the focus after paying in an app, through the real host, platform and partner backend', () => {
  const journey = useJourney('kitchen-sink', (options) => createPartnerBackend(options).listen());

  it('is back in the app\'s frame, on the result, once the sheet closes', async () => {
    const { context, page } = await signedUpCitizen(journey, { name: 'Phan Văn Đức', phone: '0987 654 329', password: 'mật khẩu đúng' }, { pin: true });
    const frame = await demoPaymentReady(page, journey);
    expect((await focusPath(page)).path).toEqual(['citadel-payment-sheet', 'pay-pin']);
    await page.getByTestId('pay-pin').fill('246810');
    // The pay button within 5 Tabs of the sheet's opening (issue 16), counted from where the sheet put the focus.
    let tabs = 0;
    while (tabs < 5 && (await focusPath(page)).path.at(-1) !== 'pay-confirm') {
      await page.keyboard.press('Tab');
      tabs += 1;
    }
    expect((await focusPath(page)).path.at(-1)).toBe('pay-confirm');
    // Tab and Shift+Tab go round the sheet's stops without leaving it (issue 16, "Dialogs trap focus").
    const stops = await expectTabCycle(page, 'payment-sheet');
    expect(stops.some((where) => where.includes('pay-pin')) && stops.some((where) => where.includes('pay-cancel'))).toBe(true);
    await page.setViewportSize({ width: 390, height: 844 });
    const screenshots = resolve(import.meta.dirname, '../../tests/screenshots');
    mkdirSync(screenshots, { recursive: true });
    await page.screenshot({ path: resolve(screenshots, 'payment-sheet-390.png') });
    // While paying, Escape does not dismiss the sheet; Chromium closes a modal dialog on a second Escape without asking
    // the page (no `cancel` until the citizen clicks or types), and the sheet opens again: the payment goes on there.
    let answer!: () => void;
    const held = new Promise<void>((resolve) => { answer = resolve; });
    await page.route('**/api/payments/orders/*/pay', async (route) => { await held; await route.continue(); });
    await page.getByTestId('pay-confirm').click();
    await expect.poll(() => page.getByTestId('payment-sheet').getAttribute('data-step')).toBe('paying');
    await page.keyboard.press('Escape');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByTestId('payment-sheet').evaluate((dialog: HTMLDialogElement) => dialog.open)).toBe(true);
    expect(await page.getByTestId('payment-sheet').getAttribute('data-step')).toBe('paying');
    answer();
    await expect.poll(() => frame.getByTestId('pay-result').textContent()).toContain('succeeded');
    await page.unrouteAll();
    // The host: the focus is on the app's frame inside the app view, not on the body.
    expect((await focusPath(page)).path).toEqual(['citadel-shell', 'citadel-app-view', 'iframe']);
    // The app: on the result, which a screen reader reads.
    await expect.poll(() => frame.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('pay-result');
    await context.close();
  });
});
