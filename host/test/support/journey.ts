import { resolve } from 'node:path';
import type { Browser, BrowserContext, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { createPartnerClient, type PartnerCredentials } from '@citadel/node';
import { createPlatformServer, discoverApps, openDatabase, type Database, type ListeningServer } from '@citadel/server';
import { launchChromium } from '../../../tests/support/chromium.js';

const repo = resolve(import.meta.dirname, '../../..');

/** What every mini-app backend's start function takes, as `npm start` would pass it. */
export interface BackendStart {
  readonly port: number;
  readonly citadelUrl: string;
  readonly appId: string;
  readonly allowedOrigin: string;
  readonly credentials: PartnerCredentials;
}

/** A running journey: the real platform with every built mini-app, one app's backend with working credentials, Chromium. */
export interface Journey<B> {
  readonly browser: Browser;
  readonly database: Database;
  readonly server: ListeningServer;
  readonly backend: B;
  /** The host's origin, `http://localhost:<port>`. */
  readonly origin: string;
  /** The app's frame in `page`, once the host framed it. */
  appFrame(page: Page): Promise<Frame>;
  /** A new phone-sized context (320 × 640). */
  phone(): Promise<BrowserContext>;
  close(): Promise<void>;
}

/**
 * Starts the platform on PGlite, issues `appId` partner credentials, points its webhook at
 * `http://localhost:<backendPort>/webhooks`, starts the backend there, and launches Chromium.
 */
export async function startJourney<B extends { close(): Promise<void> }>(
  appId: string, backendPort: number, start: (options: BackendStart) => Promise<B>,
): Promise<Journey<B>> {
  const database = await openDatabase({ kind: 'pglite' });
  const platform = await createPlatformServer({ hostDir: resolve(repo, 'host/dist'), database, apps: discoverApps(resolve(repo, 'miniapps')), port: 0 });
  const server = await platform.listen();
  const origin = `http://localhost:${server.port}`;
  const issued = await platform.credentials.issue(appId);
  const partner = createPartnerClient({ platformUrl: origin, clientId: issued.clientId, clientSecret: issued.clientSecret });
  const webhook = await partner.webhook.set(`http://localhost:${backendPort}/webhooks`);
  const backend = await start({
    port: backendPort, citadelUrl: origin, appId, allowedOrigin: `http://${appId}.apps.localhost:${server.port}`,
    credentials: { clientId: issued.clientId, clientSecret: issued.clientSecret, webhookSecret: webhook.secret },
  });
  const browser = await launchChromium();
  const prefix = `http://${appId}.apps.localhost:${server.port}/`;
  return {
    browser, database, server, backend, origin,
    async appFrame(page) {
      await expect.poll(() => page.frames().some((f) => f.url().startsWith(prefix))).toBe(true);
      return page.frames().find((f) => f.url().startsWith(prefix))!;
    },
    phone: () => browser.newContext({ viewport: { width: 320, height: 640 } }),
    async close() {
      await browser.close();
      await backend.close();
      await server.close();
      await database.close();
    },
  };
}

/** Whether `frame` fits its width: nothing scrolls sideways on a 320 px phone. */
export const noSideScroll = (frame: Frame): Promise<boolean> => frame.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** The host-drawn payment sheet at `step` (`ready`, …). */
export const paymentSheet = (page: Page, step: string) => page.locator(`[data-testid="payment-sheet"][data-step="${step}"]`);

/** Signs a new citizen up in the host, in `page`, and waits for their account page. */
export async function signUp(page: Page, origin: string, citizen: { name: string; phone: string; password: string }): Promise<void> {
  await page.goto(`${origin}/`);
  await page.getByTestId('account-button').click();
  await page.getByTestId('signin-to-signup').click();
  await page.getByTestId('signup-name').fill(citizen.name);
  await page.getByTestId('signup-phone').fill(citizen.phone);
  await page.getByTestId('signup-password').fill(citizen.password);
  await page.getByTestId('signup-submit').click();
  // Hashing the password takes a while on a busy machine: Playwright's own wait, not a short poll.
  await page.waitForURL((url) => url.pathname === '/account');
}

/** Tops the signed-in citizen's wallet up by one of the host's presets (50 000, 200 000 or 500 000 ₫). */
export async function topUp(page: Page, origin: string, amount: 50_000 | 200_000 | 500_000): Promise<void> {
  await page.goto(`${origin}/wallet`);
  const before = Number(await page.getByTestId('wallet-balance').getAttribute('data-amount') ?? 0);
  await page.getByTestId(`topup-preset-${amount}`).check({ force: true });
  await page.getByTestId('topup-submit').click();
  await expect.poll(() => page.getByTestId('wallet-balance').getAttribute('data-amount')).toBe(String(before + amount));
}
