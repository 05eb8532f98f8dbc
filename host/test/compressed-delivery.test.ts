import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { useHostPlatform } from './support/host-platform.js';

/** What Chromium received for each response of `page` while `run` ran: its URL, type and encoding headers. */
async function received(page: Page, run: () => Promise<unknown>) {
  const seen: Array<{ url: string; type: string; encoding: string | undefined; vary: string | undefined }> = [];
  const record = async (response: Response) => {
    const headers = await response.allHeaders();
    seen.push({ url: response.url(), type: headers['content-type'] ?? '', encoding: headers['content-encoding'], vary: headers['vary'] });
  };
  page.on('response', (response) => void record(response));
  await run();
  return seen;
}

describe('the platform\'s text files and answers reach Chromium in Brotli', () => {
  const env = useHostPlatform();

  it('sends the host\'s page, scripts, style, icon, web manifest and service worker, and the catalogue\'s JSON, in Brotli', async () => {
    const context = await env.browser.newContext({ viewport: { width: 390, height: 800 } });
    const page = await context.newPage();
    const seen = await received(page, async () => {
      await page.goto(env.origin);
      await page.locator('citadel-shell').waitFor();
      await page.waitForLoadState('networkidle');
    });
    const own = seen.filter((r) => r.url.startsWith(env.origin));
    const kinds = ['text/html', 'text/javascript', 'text/css', 'image/svg+xml', 'application/json'];
    for (const kind of kinds) expect(own.some((r) => r.type.startsWith(kind)), `a ${kind} answer`).toBe(true);
    for (const response of own.filter((r) => kinds.some((kind) => r.type.startsWith(kind)))) {
      // Below 1 KiB a JSON answer goes as it is; every file has a Brotli form.
      if (response.type.startsWith('application/json') && response.encoding === undefined) continue;
      expect(response.encoding, response.url).toBe('br');
      expect(response.vary, response.url).toContain('Accept-Encoding');
    }
    expect(own.some((r) => r.type.startsWith('application/json') && r.encoding === 'br'), 'the catalogue\'s JSON in Brotli').toBe(true);
    // The service worker's script and the web manifest, which Chromium fetches on its own schedule: fetched here, and
    // decoded to what the build wrote.
    for (const [path, expected] of [['/sw.js', 'precache'], ['/manifest.webmanifest', '"icons"']] as const) {
      const answer = await page.evaluate(async (url) => {
        const response = await fetch(url);
        return { encoding: response.headers.get('content-encoding'), text: await response.text() };
      }, path);
      expect(answer.encoding, path).toBe('br');
      expect(answer.text, path).toContain(expected);
    }
    await context.close();
  });

  it('sends a hosted mini-app\'s page and scripts in Brotli from its own origin', async () => {
    const context = await env.browser.newContext();
    const page = await context.newPage();
    const appOrigin = `http://kitchen-sink.apps.localhost:${env.server.port}`;
    const seen = await received(page, () => page.goto(`${appOrigin}/`, { waitUntil: 'networkidle' }));
    const scripts = seen.filter((r) => r.url.startsWith(appOrigin) && r.type.startsWith('text/javascript'));
    expect(scripts.length).toBeGreaterThan(0);
    for (const response of [...scripts, ...seen.filter((r) => r.url === `${appOrigin}/`)]) {
      expect(response.encoding, response.url).toBe('br');
      expect(response.vary, response.url).toContain('Accept-Encoding');
    }
    await context.close();
  });
});
