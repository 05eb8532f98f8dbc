/// <reference lib="webworker" />
import { ExpirationPlugin } from 'workbox-expiration';
import { registerRoute } from 'workbox-routing';
import { NetworkFirst, StaleWhileRevalidate, type StrategyOptions } from 'workbox-strategies';
import { API_CACHE, isKeptAnswer, type FreshAnswer, type StaleAnswer } from './cached-api.js';

/** App icons kept for the catalogue offline; icons are small, opaque answers count large against the quota. */
const ICON_ENTRIES = 80;
/** One plugin of a strategy. */
type Plugin = NonNullable<StrategyOptions['plugins']>[number];

/** Added to an icon's URL to let the browser load it itself (see below). */
const DIRECT = 'citadel-direct';

/**
 * The service worker's offline reading (docs/architecture.md, "Offline"): the platform's kept answers go to the
 * network first and, when it cannot be reached, come from the cache, and the page is told how old they are (and
 * when they are fresh again); hosted apps' icons come from the cache while a fresh copy is fetched.
 */
export function registerOfflineRoutes(sw: ServiceWorkerGlobalScope): void {
  registerRoute(({ url, request, sameOrigin }) => sameOrigin && request.method === 'GET' && isKeptAnswer(url.pathname), new NetworkFirst({
    cacheName: API_CACHE,
    plugins: [{
      fetchDidSucceed: async ({ event, request, response }) => {
        const clientId = (event as FetchEvent | undefined)?.clientId;
        const message: FreshAnswer = { type: 'citadel-fresh-answer', path: new URL(request.url).pathname };
        if (clientId && response.ok) (await sw.clients.get(clientId))?.postMessage(message);
        return response;
      },
      cachedResponseWillBeUsed: async ({ cachedResponse, event, request }) => {
        const clientId = (event as FetchEvent | undefined)?.clientId;
        if (cachedResponse && clientId) {
          const message: StaleAnswer = {
            type: 'citadel-stale-answer', path: new URL(request.url).pathname, sentAt: cachedResponse.headers.get('date'), servedAt: Date.now(),
          };
          (await sw.clients.get(clientId))?.postMessage(message);
        }
        return cachedResponse;
      },
    }],
  }));
  // Hosted apps' icons only (`<id>.apps.<host>`): not map tiles or other images, which would push the icons out.
  const hostedApp = (url: URL) => url.hostname.endsWith(`.apps.${sw.location.hostname}`);
  registerRoute(({ url, request }) => request.destination === 'image' && hostedApp(url) && !url.searchParams.has(DIRECT), new StaleWhileRevalidate({
    cacheName: 'host-icons',
    plugins: [
      // Its optional callbacks are declared `?:` without `| undefined`, which exactOptionalPropertyTypes tells apart.
      new ExpirationPlugin({ maxEntries: ICON_ENTRIES, purgeOnQuotaError: true }) as unknown as Plugin,
      {
        // The worker fetches under the policy it was installed with, whose img-src lists the apps released by then:
        // an icon of a later app it cannot fetch (and has never kept) is sent back to the browser, which loads it
        // under the page's newer policy.
        handlerDidError: async ({ request }) => {
          const direct = new URL(request.url);
          direct.searchParams.set(DIRECT, '1');
          return Response.redirect(direct.href, 302);
        },
      },
    ],
  }));
}
