import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';

/**
 * What has the focus in `page`, through the open shadow roots of the host's elements: the `data-testid` (else the tag
 * name) of each element on the way, outermost first, and the innermost element's text. `['citadel-shell', 'main', …]`.
 */
export function focusPath(page: Page): Promise<{ path: string[]; text: string }> {
  return page.evaluate(() => {
    const path: string[] = [];
    let active: Element | null = document.activeElement;
    let last: Element | null = null;
    while (active && active !== document.body) {
      path.push(active.getAttribute('data-testid') ?? active.localName);
      last = active;
      active = active.shadowRoot?.activeElement ?? null;
    }
    return { path, text: last?.textContent?.trim() ?? '' };
  });
}

/** The element that has the focus in `page`, through shadow roots: its `data-testid`, else its tag name, and its text. */
export async function focused(page: Page): Promise<{ id: string; text: string }> {
  const { path, text } = await focusPath(page);
  return { id: path.at(-1) ?? 'body', text };
}

/** A new context and page in `browser` (no service worker: routes a test holds see every request), at `origin` + `path`. */
export async function openPage(
  browser: Browser, origin: string, options: BrowserContextOptions = {}, path = '/',
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await browser.newContext({ serviceWorkers: 'block', viewport: { width: 390, height: 800 }, ...options });
  const page = await context.newPage();
  await page.goto(`${origin}${path}`);
  return { context, page };
}

/**
 * Publishes an official alert for the whole city, for six hours, as the authority signed in on `page` (an account given
 * the `authority` role), through `POST /api/alerts` as the console does; resolves with its id.
 */
export async function publishCityAlert(page: Page, origin: string, severity: 'severe' | 'moderate' | 'minor', headline: string): Promise<string> {
  const response = await page.request.post(`${origin}/api/alerts`, {
    headers: { origin },
    data: {
      sender: 'UBND thành phố Huế', severity, category: 'weather', headline: { vi: headline }, description: { vi: `${headline}: chi tiết.` },
      area: { description: 'Toàn thành phố', wholeCity: true, wards: [], polygons: [] },
      expiresAt: new Date(Date.now() + 6 * 3_600_000).toISOString(),
    },
  });
  if (response.status() !== 201) throw new Error(`POST /api/alerts answered ${response.status()}: ${await response.text()}`);
  return ((await response.json()) as { alert: { id: string } }).alert.id;
}
