import { describe, expect, it } from 'vitest';
import { expectAccessible } from '../../tests/support/axe.js';
import { useHostPlatform } from './support/host-platform.js';
import { openPage } from './support/shell.js';

// Issue 16, "Budgets as tests": the app view is a lazy chunk, out of the home's initial JS. A launch whose chunk
// fails to load shows the launch notice's "could not open" with its retry, never a blank screen, and the retry opens
// the app once the chunk loads.
describe('the host\'s lazy app view', () => {
  const env = useHostPlatform();

  it('is fetched only when an app opens; a failed fetch shows the retry, which opens the app', async () => {
    const { context, page } = await openPage(env.browser, env.origin);
    const fetched: string[] = [];
    page.on('request', (request) => { if (/\/assets\/app-view-[\w-]+\.js$/.test(request.url())) fetched.push(request.url()); });
    await page.getByTestId('category-public-services').getByTestId('app-kitchen-sink').waitFor();
    expect(fetched).toEqual([]);

    await page.route('**/assets/app-view-*.js', (route) => route.abort());
    await page.getByTestId('category-public-services').getByTestId('app-kitchen-sink').click();
    await page.getByTestId('app-failed').waitFor();
    expect(await page.getByTestId('app-failed').locator('strong').textContent()).not.toBe('');
    await expectAccessible(page, 'app could not open notice');
    expect(fetched.length).toBeGreaterThan(0);
    expect(await page.locator('citadel-app-view').count()).toBe(0);

    await page.unroute('**/assets/app-view-*.js');
    await page.getByTestId('app-launch-retry').click();
    await env.appFrame(page, 'kitchen-sink');
    expect(await page.getByTestId('app-failed').count()).toBe(0);
    await context.close();
  });
});
