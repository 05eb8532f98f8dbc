import type { BrowserContextOptions } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHostPlatform } from './support/host-platform.js';

describe('the host\'s first language comes from the browser\'s', () => {
  const env = useHostPlatform();

  /** The host's language, as the page declares it, on a first visit from a browser set up as `options` say. */
  const firstVisit = async (options: BrowserContextOptions) => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 800 }, ...options });
    const page = await context.newPage();
    await page.goto(env.origin);
    await page.locator('citadel-shell').waitFor();
    const lang = await page.evaluate(() => [document.documentElement.lang, (document.querySelector('citadel-shell') as HTMLElement & { lang: string }).lang]);
    return { context, page, lang };
  };

  it('speaks English to a browser that prefers English, and Vietnamese to one that prefers Vietnamese or neither', async () => {
    for (const [locale, expected] of [['en-US', 'en'], ['en-GB', 'en'], ['vi-VN', 'vi'], ['fr-FR', 'vi']] as const) {
      const { context, lang } = await firstVisit({ locale });
      expect(lang, locale).toEqual([expected, expected]);
      await context.close();
    }
  });

  it('keeps the citizen\'s own choice over the browser\'s on the next visit', async () => {
    const { context, page, lang } = await firstVisit({ locale: 'en-US' });
    expect(lang).toEqual(['en', 'en']);
    await page.getByTestId('lang').click();
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('vi');
    await page.reload();
    await page.locator('citadel-shell').waitFor();
    expect(await page.evaluate(() => (document.querySelector('citadel-shell') as HTMLElement & { lang: string }).lang)).toBe('vi');
    await context.close();
  });
});
