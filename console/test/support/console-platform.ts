import { resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { PlatformServerOptions } from '@citadel/server';
import { startHostPlatform, type HostPlatform } from '../../../host/test/support/host-platform.js';
import { devSmsCode } from '../../../host/test/support/journey.js';

const repo = resolve(import.meta.dirname, '../../..');

/** The real platform serving the built host and the built console (`console/dist`) on a free port, and Chromium. */
export interface ConsolePlatform extends HostPlatform {
  /** The console's origin, `http://console.localhost:<port>`. */
  readonly consoleOrigin: string;
}

/** Starts the platform on PGlite in memory with no apps and the built console (and any further `options`), then Chromium. */
export async function startConsolePlatform(options: Partial<PlatformServerOptions> = {}): Promise<ConsolePlatform> {
  const started = await startHostPlatform([], { consoleDir: resolve(repo, 'console/dist'), ...options });
  return Object.assign(started, { consoleOrigin: started.platform.origins.console });
}

/** Creates a citizen account through the host's API, its number confirmed with the code on the development SMS page. */
export async function registerCitizen(hostOrigin: string, citizen: { phone: string; password: string; name: string }): Promise<void> {
  const post = (path: string, body: unknown) => fetch(`${hostOrigin}${path}`, {
    method: 'POST', headers: { origin: hostOrigin, 'content-type': 'application/json' }, body: JSON.stringify(body),
  });
  const sent = await post('/api/auth/otp', { phone: citizen.phone, purpose: 'sign-up' });
  if (sent.status !== 202) throw new Error(`sign-up code: ${sent.status}`);
  const registered = await post('/api/auth/register', { ...citizen, code: await devSmsCode(hostOrigin, citizen.phone) });
  if (registered.status !== 201) throw new Error(`register: ${registered.status} ${await registered.text()}`);
}

/** Signs in on the console's page: phone and password, then the code texted to the phone (a browser new to the console). */
export async function signInOnConsole(page: Page, hostOrigin: string, citizen: { phone: string; password: string }): Promise<void> {
  await page.getByTestId('signin-phone').fill(citizen.phone);
  await page.getByTestId('signin-password').fill(citizen.password);
  await page.getByTestId('signin-submit').click();
  await page.getByTestId('signin-code').waitFor();
  await page.getByTestId('signin-code').fill(await devSmsCode(hostOrigin, citizen.phone));
  await page.getByTestId('signin-confirm').click();
  await page.getByTestId('signed-in-as').waitFor();
}

/** The text of the element that has focus, looking through shadow roots. */
export const focusedText = (page: Page): Promise<string> => page.evaluate(() => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return `${active?.tagName.toLowerCase()}: ${active?.textContent?.trim() ?? ''}`;
});

/** The `data-testid` of the element that has focus, looking through shadow roots. */
export const focusedTestId = (page: Page): Promise<string | null> => page.evaluate(() => {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active?.getAttribute('data-testid') ?? null;
});

/**
 * On the sign-up or recovery screen (`signup`, `recover`), asks for a code for `phone` and waits for the code field to
 * take focus; resolves with the field's hint (where the code went).
 */
export async function askForCode(page: Page, screen: 'signup' | 'recover', phone: string): Promise<string | null> {
  await page.getByTestId(`${screen}-phone`).fill(phone);
  await page.getByTestId(`${screen}-submit`).click();
  await expect.poll(() => focusedTestId(page)).toBe(`${screen}-code`);
  return page.locator('#code-hint').textContent();
}
