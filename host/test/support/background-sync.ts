import type { BrowserContext, Page } from 'playwright-core';
import { expect } from 'vitest';

/**
 * Fires a Background Sync event tagged `tag` at the service worker whose scope is `scope`, as Chrome's DevTools do
 * (`ServiceWorker.dispatchSyncEvent` over a DevTools session on `page`): the worker's `sync` listener runs as it runs
 * when the browser fires a registered sync. Resolves once the event is dispatched, not once it is handled.
 */
export async function dispatchSync(context: BrowserContext, page: Page, scope: string, tag: string): Promise<void> {
  const devtools = await context.newCDPSession(page);
  const registrations = new Map<string, string>();
  devtools.on('ServiceWorker.workerRegistrationUpdated', ({ registrations: updated }) => {
    for (const r of updated) if (!r.isDeleted) registrations.set(r.scopeURL, r.registrationId);
  });
  await devtools.send('ServiceWorker.enable');
  await expect.poll(() => registrations.has(scope)).toBe(true);
  await devtools.send('ServiceWorker.dispatchSyncEvent', { origin: new URL(scope).origin, registrationId: registrations.get(scope)!, tag, lastChance: false });
  await devtools.detach();
}
