import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { formatMoment } from '@citadel/sdk/format';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { focusedText, registerCitizen, signInOnConsole, startConsolePlatform, type ConsolePlatform } from './support/console-platform.js';

const OWNER = { phone: '0906 200 001', password: 'mật khẩu dài 1', name: 'Chủ Nước' };
const FINANCE = { phone: '0906 200 002', password: 'mật khẩu dài 2', name: 'Kế Toán' };
const DEVELOPER = { phone: '0906 200 003', password: 'mật khẩu dài 3', name: 'Lập Trình' };

const manifest = {
  id: 'water-bills', version: '1.0.0', name: { vi: 'Tiền nước', en: 'Water bills' }, description: { vi: 'Trả tiền nước', en: 'Pay water bills' },
  icons: [{ src: '/icon.svg', sizes: 'any' }], entry: 'http://water-bills.apps.localhost/app.html', category: 'utilities',
  permissions: [{ name: 'payments', reason: { vi: 'Trả hoá đơn', en: 'Pay bills' } }], minProtocol: '1.0',
};

// The finance view in real Chromium: an organisation's finance person opens the app's payments and refunds from the
// organisation's list, in Vietnamese and English; a developer of the same organisation is told who may see them.
describe('payments and refunds in the developer console', () => {
  let env: ConsolePlatform;
  const signedIn = async (person: typeof OWNER) => {
    // A browser set to Paris: times are Huế's, the zone named, by the platform's one formatter.
    const context = await env.browser.newContext({ viewport: { width: 320, height: 800 }, timezoneId: 'Europe/Paris' });
    const page = await context.newPage();
    await page.goto(`${env.consoleOrigin}/`);
    await signInOnConsole(page, env.origin, person);
    return page;
  };
  const pathOf = (page: Page) => new URL(page.url()).pathname;
  /** An element's text with the no-break spaces money formatting puts before `₫` read as plain spaces. */
  const textOf = async (page: Page, testid: string) => (await page.getByTestId(testid).first().textContent())?.replace(/\u00a0/g, ' ');

  beforeAll(async () => {
    env = await startConsolePlatform();
    for (const person of [OWNER, FINANCE, DEVELOPER]) await registerCitizen(env.origin, person);
    await env.platform.publish({ manifest, dir: resolve(import.meta.dirname, '../../tests/fixtures/dist/apps') });
    // The organisation and its members as the console's forms make them (console.test.ts walks those forms).
    await env.database.query(`INSERT INTO organisations (id, name) VALUES ('hue-water', 'Cấp nước Huế')`);
    await env.database.query(
      `INSERT INTO organisation_members (org_id, citizen_id, role)
       SELECT 'hue-water', id, CASE phone WHEN '+84906200001' THEN 'owner' WHEN '+84906200002' THEN 'finance' ELSE 'developer' END
       FROM citizens WHERE phone IN ('+84906200001', '+84906200002', '+84906200003')`);
    await env.database.query("UPDATE apps SET org_id = 'hue-water' WHERE id = 'water-bills'");
    // Two payments, one refunded in part, as the ledger records them.
    await env.database.query("INSERT INTO ledger_transactions (id, kind) VALUES ('txn_a', 'payment'), ('txn_b', 'payment'), ('txn_r', 'refund')");
    await env.database.query(
      `INSERT INTO orders (id, app_id, amount, description, partner_reference, expires_at, idempotency_key, request_digest, status, paid_at)
       VALUES ('ord_a', 'water-bills', 250000, 'Tiền nước tháng 10', 'HD-1001', now(), 'a', 'd', 'paid', now()),
              ('ord_b', 'water-bills', 120000, 'Tiền nước tháng 11', 'HD-1002', now(), 'b', 'd', 'paid', now())`);
    await env.database.query(
      `INSERT INTO payments (id, order_id, app_id, citizen_id, amount, refunded, transaction_id, created_at)
       SELECT 'pay_aaaaaaaaaaaaaaaaaaaaaa', 'ord_a', 'water-bills', id, 250000, 50000, 'txn_a', now() - interval '1 hour' FROM citizens WHERE phone = '+84906200003'
       UNION ALL SELECT 'pay_bbbbbbbbbbbbbbbbbbbbbb', 'ord_b', 'water-bills', id, 120000, 0, 'txn_b', now() FROM citizens WHERE phone = '+84906200003'`);
    await env.database.query(
      `INSERT INTO refunds (id, payment_id, amount, reason, idempotency_key, request_digest, transaction_id)
       VALUES ('ref_a', 'pay_aaaaaaaaaaaaaaaaaaaaaa', 50000, 'Tính sai chỉ số', 'r', 'd', 'txn_r')`);
  });
  afterAll(() => env?.close());

  it('shows the finance person each payment, its refund and the totals, from the organisation\'s list, in both languages', async () => {
    const page = await signedIn(FINANCE);
    await page.goto(`${env.consoleOrigin}/orgs/hue-water`);
    await page.getByTestId('app-link-water-bills').click();
    await expect.poll(() => pathOf(page)).toBe('/orgs/hue-water/apps/water-bills/payments');
    await expect.poll(() => focusedText(page)).toBe('h1: Thanh toán của Tiền nước');
    expect(await textOf(page, 'payments-totals')).toBe('2 khoản thanh toán, tổng 370.000 ₫; đã hoàn 50.000 ₫.');
    const older = page.getByTestId('payment-ord_a');
    expect((await older.getByTestId('payment-amount').textContent())?.replace(/\u00a0/g, ' ')).toBe('250.000 ₫');
    expect((await older.getByTestId('payment-refunds').textContent())?.replace(/\u00a0/g, ' ')).toContain('Hoàn 50.000 ₫');
    expect(await older.getByTestId('payment-refunds').textContent()).toContain('Tính sai chỉ số');
    const [paid] = await env.database.query<{ at: Date }>("SELECT created_at AS at FROM payments WHERE id = 'pay_aaaaaaaaaaaaaaaaaaaaaa'");
    const paidAt = paid!.at;
    expect(await older.textContent()).toContain(formatMoment(paidAt, 'vi', { phoneZone: 'Europe/Paris' }));
    expect(await older.textContent()).toMatch(/\d{2}:\d{2} GMT\+7 \d{1,2} thg \d{1,2}, \d{4}/);
    expect(await page.locator('[data-testid^=payment-ord_]').evaluateAll((items) => items.map((item) => item.getAttribute('data-testid'))))
      .toEqual(['payment-ord_b', 'payment-ord_a']);
    await page.getByTestId('lang-switch').click();
    await expect.poll(() => textOf(page, 'payments-totals')).toBe('2 payments, ₫370,000 in all; ₫50,000 refunded.');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    await page.context().close();
  });

  it('tells a developer of the organisation that payments are for owners and finance; owners reach them from the list', async () => {
    const developer = await signedIn(DEVELOPER);
    await developer.goto(`${env.consoleOrigin}/orgs/hue-water/apps/water-bills/payments`);
    expect(await developer.getByTestId('payments-forbidden').textContent()).toBe('Chỉ chủ sở hữu và bộ phận tài chính của tổ chức xem được thanh toán.');
    await developer.context().close();
    const owner = await signedIn(OWNER);
    await owner.goto(`${env.consoleOrigin}/orgs/hue-water`);
    await owner.getByTestId('payments-link-water-bills').click();
    await expect.poll(() => pathOf(owner)).toBe('/orgs/hue-water/apps/water-bills/payments');
    await owner.getByTestId('payments-totals').waitFor();
    await owner.context().close();
  });
});
