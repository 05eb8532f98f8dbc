import { OUTBOX_SYNC, SEND_OUTBOX, type SendOutboxAnswer } from './messages.js';

/** Background Sync's part of a registration (not in TypeScript's DOM types yet). */
interface SyncRegistration {
  readonly sync?: { register(tag: string): Promise<void> };
}

/**
 * Registers the app's service worker (`/sw.js`, built from src/sw.ts) and wires the ways waiting reports leave:
 * `send` runs when the worker asks on a Background Sync, when the browser comes back online, and once now (the next
 * open). Without service workers only the last two apply.
 */
export function keepWorking(send: () => Promise<{ readonly waiting: number }>): void {
  const sendNow = () => { void send().catch(() => undefined); };
  addEventListener('online', sendNow);
  sendNow();
  if (!('serviceWorker' in navigator)) return;
  navigator.serviceWorker.addEventListener('message', (event: MessageEvent) => {
    if ((event.data as { type?: unknown } | null)?.type !== SEND_OUTBOX) return;
    const answer = (done: boolean) => event.ports[0]?.postMessage({ done } satisfies SendOutboxAnswer);
    send().then(({ waiting }) => answer(waiting === 0), () => answer(false));
  });
  navigator.serviceWorker.startMessages();
  void navigator.serviceWorker.register('/sw.js', { type: 'module', scope: '/' }).catch(() => undefined);
}

/**
 * Asks the browser for a Background Sync once back online, where it grants one (Chromium grants none to a frame whose
 * origin has no top-level window, as the app's inside the host); never rejects.
 */
export async function syncWhenOnline(): Promise<void> {
  try {
    if (!('serviceWorker' in navigator)) return;
    const registration = (await navigator.serviceWorker.ready) as ServiceWorkerRegistration & SyncRegistration;
    await registration.sync?.register(OUTBOX_SYNC);
  } catch {
    // No Background Sync here (none in this browser, or refused to a frame): the online event and the next open send the reports.
  }
}
