import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Frame, Page } from 'playwright-core';
import { expect } from 'vitest';
import { createPartnerClient, createWebhookSecret, type PartnerCredentials } from '@citadel/node';
import { demoApps, DEMO_APP_FOLDERS, type Database, type ListeningServer, type PlatformServer } from '@citadel/server';
import { startHostPlatform } from './host-platform.js';
import { buildApp } from './build-app.js';
import { forTheSuite } from './for-the-suite.js';

const repo = resolve(import.meta.dirname, '../../..');

/** What every mini-app backend's start function takes, as `npm start` would pass it (but port 0: a free one). */
export interface BackendStart {
  readonly port: 0;
  readonly citadelUrl: string;
  readonly appId: string;
  readonly allowedOrigin: string;
  /** `{ clientId, clientSecret, webhookSecret }`, rewritten once the webhook points at the backend (read again when it changes). */
  readonly credentialsFile: string;
}

/** A running journey: the real platform with every built mini-app, one app built for its backend, the backend with working credentials, Chromium. */
export interface Journey<B> {
  readonly browser: Browser;
  readonly database: Database;
  readonly platform: PlatformServer;
  readonly server: ListeningServer;
  readonly backend: B;
  /** The host's origin, `http://localhost:<port>`. */
  readonly origin: string;
  /** The app's frame in `page`, once the host framed it. */
  appFrame(page: Page): Promise<Frame>;
  close(): Promise<void>;
}

/**
 * Starts the platform on a free port over PGlite, the `miniapps/<appId>` backend on another free
 * port with `appId`'s partner credentials and its webhook, builds the app for that backend's
 * origin (and `buildEnv`, such as `VITE_MAP_TILE_URL`) into a temporary folder the platform serves it from (the other apps are served from
 * their `dist/`), and launches Chromium. Nothing is bound to a fixed port or written in the
 * checkout, so journeys run beside `npm start` and beside each other.
 */
export async function startJourney<B extends { readonly url: string; close(): Promise<void> }>(
  appId: string, start: (options: BackendStart) => Promise<B>, buildEnv: Readonly<Record<string, string>> = {},
): Promise<Journey<B>> {
  const appDir = resolve(repo, 'miniapps', appId);
  const manifest = JSON.parse(readFileSync(resolve(appDir, 'manifest.json'), 'utf8')) as { id?: unknown };
  if (manifest.id !== appId) throw new Error(`startJourney: ${appDir}/manifest.json has id ${String(manifest.id)}, not ${appId}`);
  const work = mkdtempSync(join(tmpdir(), `citadel-journey-${appId}-`));
  // What is open so far, closed last first by close(), or at once when a later step fails.
  const opened: Array<() => unknown> = [() => rmSync(work, { recursive: true, force: true })];
  const close = async () => {
    for (const undo of opened.splice(0).reverse()) await undo();
  };
  try {
    const appDist = join(work, 'dist');
    mkdirSync(appDist);
    // The other demo apps from their dist/; this one is published once it is built for its backend, below.
    const host = await startHostPlatform(demoApps(resolve(repo, 'miniapps'), DEMO_APP_FOLDERS.filter((folder) => folder !== appId)));
    opened.push(() => host.close());
    const { browser, database, platform, server, origin } = host;
    // The app exists before its first version, as a partner's does: its credentials come first, its build after.
    await platform.apps.create({ id: appId, name: (manifest as { name: { vi: string; en: string } }).name, kind: 'hosted', byOperator: true });
    const issued = await platform.credentials.issue(appId);
    // The webhook's secret comes with its URL, which needs the backend's port: the backend starts
    // with a secret no delivery is signed with, and reads the real one when the file changes.
    const credentialsFile = join(work, 'credentials.json');
    const writeCredentials = (webhookSecret: string) =>
      writeFileSync(credentialsFile, JSON.stringify({ clientId: issued.clientId, clientSecret: issued.clientSecret, webhookSecret } satisfies PartnerCredentials));
    writeCredentials(createWebhookSecret());
    const backend = await start({ port: 0, citadelUrl: origin, appId, allowedOrigin: `http://${appId}.apps.localhost:${server.port}`, credentialsFile });
    opened.push(() => backend.close());
    const backendOrigin = `http://localhost:${new URL(backend.url).port}`;
    const partner = createPartnerClient({ platformUrl: origin, clientId: issued.clientId, clientSecret: issued.clientSecret });
    writeCredentials((await partner.webhook.set(`${backendOrigin}/webhooks`)).secret);
    await buildApp(appDir, { outDir: appDist, envDir: work, backendOrigin, env: buildEnv });
    await platform.publish({ manifest: JSON.parse(readFileSync(join(appDist, 'manifest.json'), 'utf8')) as unknown, dir: appDist });
    return { browser, database, platform, server, backend, origin, close, appFrame: (page) => host.appFrame(page, appId) };
  } catch (error) {
    await close();
    throw error;
  }
}

/** `startJourney(appId, start)` for the suite it is called in: started before its tests, closed after them (see `forTheSuite`). */
export const useJourney = <B extends { readonly url: string; close(): Promise<void> }>(appId: string, start: (options: BackendStart) => Promise<B>): Journey<B> =>
  forTheSuite(() => startJourney(appId, start));

/** Whether a page or frame fits its width: nothing scrolls sideways on a 320 px phone. */
export const noSideScroll = (view: Page | Frame): Promise<boolean> => view.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

/** The host-drawn payment sheet at `step` (`ready`, …). */
export const paymentSheet = (page: Page, step: string) => page.locator(`[data-testid="payment-sheet"][data-step="${step}"]`);

/** E.164 of a Vietnamese number as a test types it (`0905 222 888` → `+84905222888`). */
const e164 = (phone: string) => `+84${phone.replace(/\D/g, '').replace(/^(84|0)/, '')}`;

/**
 * The newest one-time code the platform texted to `phone`, read where a developer reads it: the development page
 * `/api/dev/sms` (served only outside production, by the development SMS sender).
 */
export async function devSmsCode(origin: string, phone: string): Promise<string> {
  const page = await (await fetch(`${origin}/api/dev/sms`)).text();
  const code = new RegExp(`data-to="\\${e164(phone)}" data-code="(\\d{6})"`).exec(page)?.[1];
  if (!code) throw new Error(`no code for ${phone} on /api/dev/sms`);
  return code;
}

/**
 * Runs `action`, which has the platform text `phone` a code, and resolves with that code once `/api/dev/sms` lists
 * it: until then the number's previous code (the sign-up's) is the newest there, and a loaded machine reads it first.
 */
export async function codeTextedBy(origin: string, phone: string, action: () => Promise<unknown>): Promise<string> {
  const before = await devSmsCode(origin, phone).catch(() => undefined);
  await action();
  await expect.poll(() => devSmsCode(origin, phone).catch(() => before)).not.toBe(before);
  return devSmsCode(origin, phone);
}

/** Types the code texted to `phone` into the code step `prefix` (`signup`, `signin`, …) and confirms it. */
export async function enterCode(view: Page | Frame | ReturnType<Page['locator']>, origin: string, phone: string, prefix: string): Promise<void> {
  await view.getByTestId(`${prefix}-code`).waitFor();
  await view.getByTestId(`${prefix}-code`).fill(await devSmsCode(origin, phone));
  await view.getByTestId(`${prefix}-confirm`).click();
}

/** Who signs up: the phone number as a citizen types it (`0905 222 888`). */
export interface NewCitizen {
  readonly name: string;
  readonly phone: string;
  readonly password: string;
}

/** Signs a new citizen up in the host, in `page`, confirming the number with its code, and waits for their account page. */
export async function signUp(page: Page, origin: string, citizen: NewCitizen): Promise<void> {
  await page.goto(`${origin}/`);
  await page.getByTestId('account-button').click();
  await page.getByTestId('signin-to-signup').click();
  await page.getByTestId('signup-name').fill(citizen.name);
  await page.getByTestId('signup-phone').fill(citizen.phone);
  await page.getByTestId('signup-password').fill(citizen.password);
  await page.getByTestId('signup-submit').click();
  await enterCode(page, origin, citizen.phone, 'signup');
  // Hashing the password takes a while on a busy machine: Playwright's own wait, not a short poll.
  await page.waitForURL((url) => url.pathname === '/account');
}

/** A phone's screen, 320 × 640: the default of `signedUpCitizen`. */
export const PHONE = { width: 320, height: 640 } as const;

/**
 * A new browser context (`context`, by default a `PHONE`) whose page has `who` signed up in the host at
 * `origin` (and, with `pin`, their payment PIN set by `setUpPin`).
 */
export async function signedUpCitizen(
  { browser, origin }: { readonly browser: Browser; readonly origin: string }, who: NewCitizen,
  { context: options = { viewport: PHONE }, pin = false }: { readonly context?: BrowserContextOptions; readonly pin?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext(options);
  const page = await context.newPage();
  await signUp(page, origin, who);
  if (pin) await setUpPin(page, origin, who.phone);
  return { context, page };
}

/** Sets the signed-in citizen's payment PIN on the account's security page: a code to their phone, the PIN twice, their words. */
export async function setUpPin(page: Page, origin: string, phone: string, pin = '246810', words = 'hoa sen trắng'): Promise<void> {
  await page.goto(`${origin}/account/security`);
  const code = await codeTextedBy(origin, phone, () => page.getByTestId('pin-start').click());
  await page.getByTestId('pin-code').fill(code);
  await page.getByTestId('pin-new').fill(pin);
  await page.getByTestId('pin-repeat').fill(pin);
  await page.getByTestId('pin-words').fill(words);
  await page.getByTestId('pin-submit').click();
  await page.getByTestId('pin-saved').waitFor();
}

/** Tops the signed-in citizen's wallet up by one of the host's presets (50 000, 200 000 or 500 000 ₫). */
export async function topUp(page: Page, origin: string, amount: 50_000 | 200_000 | 500_000): Promise<void> {
  await page.goto(`${origin}/wallet`);
  const before = Number(await page.getByTestId('wallet-balance').getAttribute('data-amount') ?? 0);
  await page.getByTestId(`topup-preset-${amount}`).check({ force: true });
  await page.getByTestId('topup-submit').click();
  await expect.poll(() => page.getByTestId('wallet-balance').getAttribute('data-amount')).toBe(String(before + amount));
}

/**
 * Tops the signed-in citizen's wallet up by 50 000 ₫, opens the demo app (the kitchen sink, with its partner backend)
 * at `journey.origin`, asks it for a payment and waits for the host's sheet to be ready; resolves with the app's frame.
 */
export async function demoPaymentReady(page: Page, journey: { readonly origin: string; appFrame(page: Page): Promise<Frame> }): Promise<Frame> {
  await topUp(page, journey.origin, 50_000);
  await page.goto(`${journey.origin}/app/kitchen-sink`);
  const frame = await journey.appFrame(page);
  await frame.getByTestId('tab-citizen').click();
  await frame.getByTestId('pay').click();
  await paymentSheet(page, 'ready').waitFor();
  return frame;
}
