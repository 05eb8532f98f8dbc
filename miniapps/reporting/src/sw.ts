/// <reference lib="webworker" />
import { OUTBOX_SYNC, SEND_OUTBOX, type SendOutboxAnswer } from './offline/messages.js';

declare const self: ServiceWorkerGlobalScope;

// The app's own service worker (docs/manifest.md, "Offline"): the app's pages and files, on its own origin, so the
// host can open it offline. Pages go to the network first (a new release shows at once) and answer from the cache
// without one; content-hashed assets come from the cache. Every page and file fetched is kept, and a page fetched
// prunes the assets it no longer names.
const CACHE = 'reporting-pages';
const PAGE = '/';
const ASSETS = /\/assets\/[^"'\s)]+/g;

/** Keeps the page and the assets it names. */
async function keepPage(page: Response): Promise<void> {
  const cache = await caches.open(CACHE);
  const html = await page.clone().text();
  const named = new Set(html.match(ASSETS) ?? []);
  await cache.put(PAGE, page);
  await cache.addAll([...named].map((path) => new URL(path, self.location.origin).href)).catch(() => undefined);
  for (const request of await cache.keys()) {
    const { pathname } = new URL(request.url);
    if (pathname.startsWith('/assets/') && !named.has(pathname)) await cache.delete(request);
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil((async () => {
    const page = await fetch(PAGE, { cache: 'no-cache' });
    if (page.ok) await keepPage(page);
    await (await caches.open(CACHE)).add('/icon.svg').catch(() => undefined);
    await self.skipWaiting();
  })());
});

self.addEventListener('activate', (event) => event.waitUntil(self.clients.claim()));

async function navigate(request: Request): Promise<Response> {
  try {
    const page = await fetch(request);
    if (page.ok) await keepPage(page.clone());
    return page;
  } catch (error) {
    const kept = await caches.match(PAGE, { cacheName: CACHE });
    if (kept) return kept;
    throw error;
  }
}

async function file(request: Request): Promise<Response> {
  const kept = await caches.match(request, { cacheName: CACHE, ignoreSearch: true });
  if (kept && new URL(request.url).pathname.startsWith('/assets/')) return kept;
  try {
    const fresh = await fetch(request);
    if (fresh.ok) await (await caches.open(CACHE)).put(request, fresh.clone());
    return fresh;
  } catch (error) {
    if (kept) return kept;
    throw error;
  }
}

self.addEventListener('fetch', (event) => {
  const { request } = event;
  // Only the app's own files: calls to its backend (another origin) go to the network as they are.
  if (request.method !== 'GET' || new URL(request.url).origin !== self.location.origin) return;
  event.respondWith(request.mode === 'navigate' ? navigate(request) : file(request));
});

/** Asks one open page to send the waiting reports: it signs in to the backend through the host, which a worker cannot. */
const askToSend = (page: Client) => new Promise<boolean>((resolve) => {
  const channel = new MessageChannel();
  channel.port1.onmessage = (event: MessageEvent<SendOutboxAnswer>) => resolve(event.data.done);
  page.postMessage({ type: SEND_OUTBOX }, [channel.port2]);
});

// A Background Sync event has an open page of the app send what waits: sending needs the host's identity token, which
// only a page can ask for. With no page open the reports wait for the next open, which sends them first; a sync left
// unfinished is tried again by the browser. Inside the host, Chromium registers no sync from the app's frame (its origin
// has no top-level window), so there the `online` event and the next open send them (docs/manifest.md, "Offline").
self.addEventListener('sync', (event: Event) => {
  const sync = event as ExtendableEvent & { readonly tag: string };
  if (sync.tag !== OUTBOX_SYNC) return;
  sync.waitUntil((async () => {
    const pages = await self.clients.matchAll({ type: 'window' });
    const done = await Promise.all(pages.map(askToSend));
    if (done.includes(false)) throw new Error('reports still waiting');
  })());
});
