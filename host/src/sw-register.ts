/**
 * Registers the host's service worker (precached shell, the platform's answers kept for offline, icons). workbox-window
 * is its own chunk, loaded once the page has loaded: the first screen never waits for it (the initial JS budget,
 * issue 16). When a new version waits, `citadel-update-prompt` offers it above the page; its "reload" hands the page
 * to the new worker (`SKIP_WAITING`), and the page reloads once that worker controls it.
 */
export function registerServiceWorker(): void {
  if (!('serviceWorker' in navigator)) return;
  const register = async () => {
    const { Workbox } = await import('workbox-window');
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
    await wb.register();
  };
  const start = () => void register().catch(() => undefined);
  if (document.readyState === 'complete') start();
  else window.addEventListener('load', start, { once: true });
}
