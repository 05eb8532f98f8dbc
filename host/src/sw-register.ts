import { Workbox } from 'workbox-window';

/** Registers the host's service worker (precached app shell); full offline support comes later. */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js');
  void wb.register().catch(() => undefined);
}
