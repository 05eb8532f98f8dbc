import type { CDPSession, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../../tests/support/axe.js';
import { createPartnerBackend } from '../../examples/partner-backend/src/server.js';
import { demoPaymentReady, paymentSheet as sheet, signedUpCitizen, useJourney } from './support/journey.js';

/** Chromium's virtual authenticator (DevTools protocol): a platform authenticator with user verification, as a phone's. */
async function virtualAuthenticator(page: Page): Promise<{ cdp: CDPSession; id: string; verifies(yes: boolean): Promise<void> }> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  const { authenticatorId: id } = await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true },
  });
  return { cdp, id, verifies: async (yes) => { await cdp.send('WebAuthn.setUserVerified', { authenticatorId: id, isUserVerified: yes }); } };
}

// A citizen adds a passkey in the account page, signs out, signs back in with it (no phone, no
// password), and pays a partner order in a mini-app with it; a refused device prompt keeps the sheet open.
describe('passkeys, end to end through the real host, platform and partner backend', () => {
  const journey = useJourney('kitchen-sink', (options) => createPartnerBackend(options).listen());

  it('adds a passkey, signs in with it, and pays an order with it', async () => {
    const { context, page } = await signedUpCitizen(journey, { name: 'Lê Thị Hoa', phone: '0977 111 222', password: 'mật khẩu của Hoa' });
    const authenticator = await virtualAuthenticator(page);

    // The account page's Passkeys section: none yet; add one on this device.
    await page.getByTestId('passkeys-none').waitFor();
    await page.getByTestId('passkey-add').click();
    await expect.poll(() => page.getByTestId('passkey').count()).toBe(1);
    expect(await page.getByTestId('passkey-name').textContent()).toContain('Chrome');
    await expectAccessible(page, 'account passkeys');
    const { credentials } = await authenticator.cdp.send('WebAuthn.getCredentials', { authenticatorId: authenticator.id });
    expect(credentials).toHaveLength(1);
    expect(credentials[0]!.isResidentCredential).toBe(true);

    // Signed out, the passkey signs the citizen back in: no phone number, no password.
    await page.getByTestId('signout').click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`${journey.origin}/account/signin`);
    await page.getByTestId('signin-passkey').click();
    await page.waitForURL((url) => url.pathname === '/account');
    await page.getByTestId('passkey').waitFor();
    expect(await page.getByTestId('passkey-last-used').textContent()).not.toContain('Chưa dùng');

    // Pay a partner order in the app with the passkey.
    const frame = await demoPaymentReady(page, journey);
    // The device refuses (no user verification): a note in the citizen's language, the sheet stays open, nothing is charged.
    await authenticator.verifies(false);
    await page.getByTestId('pay-passkey').click();
    await expect.poll(() => page.getByTestId('pay-error').textContent()).toMatch(/đã huỷ/);
    await sheet(page, 'ready').waitFor();
    await authenticator.verifies(true);
    await page.getByTestId('pay-passkey').click();
    await expect.poll(() => frame.getByTestId('pay-result').textContent()).toContain('succeeded');
    await expect.poll(() => frame.getByTestId('order-state').textContent(), { timeout: 20_000 }).toMatch(/webhook/);

    await page.getByTestId('app-close').click();
    await page.goto(`${journey.origin}/wallet`);
    await expect.poll(() => page.getByTestId('wallet-balance').getAttribute('data-amount')).toBe('25000');

    // Removed, the passkey no longer signs in.
    await page.goto(`${journey.origin}/account`);
    await page.getByTestId('passkey-remove').click();
    await page.getByTestId('passkeys-none').waitFor();
    await page.getByTestId('signout').click();
    await page.waitForURL((url) => url.pathname === '/');
    await page.goto(`${journey.origin}/account/signin`);
    await page.getByTestId('signin-passkey').click();
    await expect.poll(() => page.getByTestId('signin-passkey-error').textContent()).toMatch(/không còn được đăng ký/);
    await context.close();
  });
});
