/**
 * Registers the host's service worker (precached app shell); full offline support comes later. workbox-window is its
 * own chunk, loaded once the page has loaded: the first screen never waits for it (the initial JS budget, issue 16).
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = () => void import('workbox-window').then(({ Workbox }) => new Workbox('/sw.js').register()).catch(() => undefined);
  if (document.readyState === 'complete') register();
  else window.addEventListener('load', register, { once: true });
}
