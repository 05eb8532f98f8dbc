import { Workbox } from 'workbox-window';

/**
 * Registers the host's service worker (precached shell, the platform's answers kept for offline, icons). When a
 * new version waits, `citadel-update-prompt` offers it above the page; its "reload" hands the page to the new worker
 * (`SKIP_WAITING`), and the page reloads once that worker controls it.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const wb = new Workbox('/sw.js');
  wb.addEventListener('waiting', () => {
    if (document.querySelector('citadel-update-prompt')) return;
    const prompt = document.createElement('citadel-update-prompt');
    prompt.addEventListener('citadel-reload', () => {
      wb.addEventListener('controlling', () => location.reload());
      wb.messageSkipWaiting();
    });
    document.body.prepend(prompt);
  });
  void wb.register().catch(() => undefined);
}
