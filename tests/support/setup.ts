import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchChromium } from './chromium.js';
import { startFixturePlatform } from './fixture-platform.js';

/** Starts the fixture platform and Chromium once per test file; stops both after it. */
export function useBrowserPlatform() {
  const state = {} as { browser: Browser; platform: Awaited<ReturnType<typeof startFixturePlatform>> };
  beforeAll(async () => {
    state.platform = await startFixturePlatform();
    state.browser = await launchChromium();
  });
  afterAll(async () => {
    await state.browser?.close();
    await state.platform?.close();
  });
  return state;
}
