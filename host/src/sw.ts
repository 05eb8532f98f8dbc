/// <reference lib="webworker" />
import { cleanupOutdatedCaches, matchPrecache, precacheAndRoute } from 'workbox-precaching';
import { NavigationRoute, registerRoute } from 'workbox-routing';
import { NetworkFirst } from 'workbox-strategies';
import { registerOfflineRoutes } from './offline/sw-routes.js';
import { readLang } from './push/lang-pref.js';
import { notificationFor, safeUrl } from './push/show.js';

declare const self: ServiceWorkerGlobalScope & { __WB_MANIFEST: Array<{ url: string; revision: string | null }> };

// The app shell (HTML, JS, CSS, icons) is precached at install, so a second visit on a slow network, or offline,
// loads its scripts and styles from the cache. The platform's answers the screens read offline and the apps' icons
// are kept as they are fetched (offline/sw-routes.ts); mini-apps' pages (other origins) are not touched.
cleanupOutdatedCaches();
// Pages go to the network first: a page's headers carry the host's policy, whose frame-src lists the apps released
// since the shell was cached (docs/publish-your-app.md); a page cached at install would frame none of them. Offline,
// or after 3 s without an answer, the last page fetched answers, else the precached shell.
registerRoute(new NavigationRoute(new NetworkFirst({
  cacheName: 'host-pages',
  networkTimeoutSeconds: 3,
  plugins: [{ handlerDidError: async () => (await matchPrecache('/index.html')) ?? Response.error() }],
})));
precacheAndRoute(self.__WB_MANIFEST);
registerOfflineRoutes(self);
self.addEventListener('message', (event) => {
  if ((event.data as { type?: string } | null)?.type === 'SKIP_WAITING') void self.skipWaiting();
});

// Web Push: every push shows a notification (the subscription is `userVisibleOnly`).
self.addEventListener('push', (event) => {
  event.waitUntil((async () => {
    let data: unknown;
    try {
      data = event.data?.json();
    } catch {
      data = undefined;
    }
    const { title, options } = notificationFor(data, await readLang(), self.location.origin);
    await self.registration.showNotification(title, options);
  })());
});

// A tap opens what the notification points at, in the host's window when one is open.
self.addEventListener('notificationclick', (event) => {
  event.notification.close();
  const url = safeUrl((event.notification.data as { url?: unknown } | null)?.url, self.location.origin);
  event.waitUntil((async () => {
    const windows = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
    const open = windows.find((w) => new URL(w.url).origin === self.location.origin);
    if (open) {
      try {
        await open.focus();
        await open.navigate(url);
        return;
      } catch {
        // An uncontrolled window cannot be navigated from here: open a new one.
      }
    }
    await self.clients.openWindow(url);
  })());
});
