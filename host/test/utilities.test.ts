import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../../tests/support/axe.js';
import { startUtilitiesBackend } from '../../miniapps/utilities/backend/src/server.js';
import { noSideScroll, paymentSheet as sheet, signedUpCitizen, topUp, useJourney } from './support/journey.js';

const APP = 'utilities';
// A small household: its bill is under the 500 000 ₫ top-up whatever the month the test runs in (at most ~150 kWh).
const CODE = 'PC03AC0034511';

// Điện nước, end to end: a citizen tops up, saves their electricity code by proving it is theirs with
// the amount of a recent bill (a wrong amount first: refused, in Vietnamese, with the tries left), sees twelve
// months of use and the unpaid bill, pays it in the host-drawn sheet, sees it paid (the backend's
// word, from the platform's signed webhook), gets the receipt as a notification in the host's
// inbox, opens it there, and finds the planned outages of their ward.
describe('the utilities mini-app, end to end through the real host, platform and its backend', () => {
  const journey = useJourney(APP, (options) => startUtilitiesBackend({ ...options }));

  it('saves a code, pays the unpaid bill, gets the receipt as a notification, and finds the ward’s outages', async () => {
    const { context, page } = await signedUpCitizen(journey, { name: 'Võ Thị Giang', phone: '0905 333 777', password: 'mật khẩu điện nước' }, { pin: true });
    await topUp(page, journey.origin, 500_000);

    await page.goto(`${journey.origin}/app/${APP}`);
    const frame = await journey.appFrame(page);
    // The saved list is the citizen's: the host asks once to share the pairwise id (asked at launch,
    // without a tap in the app, so the prompt waits behind the host's chip).
    await page.getByTestId('prompt-chip').click();
    await page.getByTestId('consent-allow').click();
    await expect.poll(() => frame.getByTestId('accounts').textContent()).toContain('PC03');
    // Nothing of the household shows for a code alone: the citizen proves it with a recent bill's amount, as printed.
    const [newest] = await journey.backend.database.query<{ amount: number }>('SELECT amount FROM bills WHERE code = $1 ORDER BY period DESC LIMIT 1', [CODE]);
    const printed = String(newest!.amount).replace(/\B(?=(\d{3})+(?!\d))/g, '.');
    await frame.getByTestId('code').fill('pc03 ac00 34511');
    await frame.getByTestId('label').fill('Nhà mẹ');
    await frame.getByTestId('bill-amount').fill(String(Number(newest!.amount) + 1000));
    await frame.getByTestId('prove-bill').click();
    await expect.poll(() => frame.getByTestId('proof-error').textContent()).toContain('không khớp');
    expect(await frame.getByTestId('proof-error').textContent()).toContain('Còn 4 lần thử');
    await expectAccessible(page, 'utilities: accounts with a proof error');
    expect(await frame.getByTestId('account-card').count()).toBe(0);
    await frame.getByTestId('bill-amount').fill(`${printed} đ`);
    await frame.getByTestId('prove-bill').click();
    await expect.poll(() => frame.getByTestId('account-card').count()).toBe(1);
    expect(await frame.getByTestId('account-card').textContent()).toContain('Nhà mẹ');
    expect(await frame.getByTestId('account-owed').textContent()).toMatch(/Còn nợ 1 hoá đơn/);
    // Receipts as notifications, through the host's prompt.
    await frame.getByTestId('notify').click();
    await page.getByTestId('prompt-allow').click();
    await expect.poll(() => frame.getByTestId('notify-result').textContent()).toContain('Đã bật');
    expect(await noSideScroll(frame)).toBe(true);

    // Twelve months of use, and the bills, with the holder (masked) and the address now that the link is proven.
    await frame.getByTestId('account-card').click();
    await expect.poll(() => frame.locator('section').first().textContent()).toContain('Võ T** G** · 5 Lê Huân');
    await expect.poll(() => frame.locator('[data-testid="use-chart"] rect').count()).toBe(12);
    expect(await frame.locator('[data-testid="use-chart"] rect.unpaid').count()).toBe(1);
    await expect.poll(() => frame.getByTestId('bill').count()).toBe(12);
    await expectAccessible(page, 'utilities: bills of an account');
    const unpaid = frame.locator('[data-testid="bill"][data-status="unpaid"]');
    expect(await unpaid.count()).toBe(1);
    const billId = (await unpaid.getAttribute('data-id'))!;
    expect(billId).toMatch(new RegExp(`^${CODE}-\\d{6}$`));
    const amount = (await journey.backend.database.query<{ amount: number }>('SELECT amount FROM bills WHERE id = $1', [billId]))[0]!.amount;
    expect(await noSideScroll(frame)).toBe(true);

    // Pay it in the host-drawn sheet; paid once the backend saw the signed webhook.
    await unpaid.getByTestId('pay').click();
    await sheet(page, 'ready').waitFor();
    expect((await page.getByTestId('pay-amount').textContent())!.replace(/\D/g, '')).toBe(String(amount));
    await expectAccessible(page, 'payment sheet, ready');
    expect(await page.getByTestId('pay-description').textContent()).toContain(`Tiền điện tháng`);
    await page.getByTestId('pay-pin').fill('246810');
    await page.getByTestId('pay-confirm').click();
    await expect.poll(() => frame.locator(`[data-testid="bill"][data-id="${billId}"]`).getAttribute('data-status'), { timeout: 20_000 }).toBe('paid');
    // The paid bill's receipt button takes the focus, not the page's body, once the bills are drawn again.
    await expect.poll(() => frame.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('open-receipt');
    expect(await frame.evaluate(() => document.activeElement?.closest<HTMLElement>('[data-testid="bill"]')?.dataset['id'])).toBe(billId);
    await frame.locator(`[data-testid="bill"][data-id="${billId}"]`).getByTestId('open-receipt').click();
    await expect.poll(() => frame.getByTestId('receipt-number').textContent()).toMatch(/^HD-\d{6}-\d{6}$/);
    expect((await frame.getByTestId('receipt-total').textContent())!.replace(/\D/g, '')).toBe(String(amount));
    await expectAccessible(page, 'utilities: receipt after paying');
    expect(await noSideScroll(frame)).toBe(true);

    // The receipt came as a notification too; tapping it opens the app at the receipt.
    await page.goto(`${journey.origin}/`);
    await expect.poll(() => page.getByTestId('inbox-badge').textContent(), { timeout: 20_000 }).toBe('1');
    await page.getByTestId('inbox-button').click();
    await expect.poll(() => page.getByTestId('inbox-title').first().textContent()).toMatch(/^Đã thanh toán tiền điện tháng \d{2}\/\d{4}$/);
    await page.getByTestId('inbox-entry').first().click();
    const opened = await journey.appFrame(page);
    expect(new URL(opened.url()).pathname).toBe(`/bills/${billId}/receipt`);
    await expect.poll(() => opened.getByTestId('receipt-number').textContent()).toMatch(/^HD-/);

    // Planned outages: the saved account's ward first, marked.
    await opened.getByTestId('tab-accounts').click();
    await expect.poll(() => opened.getByTestId('account-card').count()).toBe(1);
    // Notifications are on now: the app no longer offers to turn them on (asked without a prompt).
    await expect.poll(() => opened.getByTestId('notify').isVisible()).toBe(false);
    await opened.getByTestId('tab-outages').click();
    await expect.poll(() => opened.getByTestId('outage').count()).toBeGreaterThanOrEqual(8);
    expect(await opened.getByTestId('outage').first().getAttribute('data-ward')).toBe('Phường Thuận Hòa');
    expect(await opened.getByTestId('your-ward').count()).toBe(1);
    await expectAccessible(page, 'utilities: outages');
    await opened.getByTestId('ward').selectOption('Phường Phú Hội');
    await expect.poll(() => opened.getByTestId('outage').count()).toBe(2);
    expect(await noSideScroll(opened)).toBe(true);

    // Removing the saved account is a DELETE from the app's origin (a CORS preflight the backend answers).
    await opened.getByTestId('tab-accounts').click();
    await opened.getByTestId('account-card').click();
    await opened.getByTestId('remove-account').click();
    await expect.poll(() => opened.getByTestId('tab-accounts').getAttribute('aria-current')).toBe('page');
    await opened.getByTestId('tab-accounts').click();
    await expect.poll(() => opened.getByTestId('account-card').count()).toBe(0);
    await context.close();
  });
});
