import type { Lang } from '@citadel/ui';

// The service worker cannot read localStorage: the page keeps the citizen's language where both reach.
const CACHE = 'citadel-prefs';
const KEY = '/__citadel/lang';

/** Remembers the host's language for the service worker's notifications; never rejects. */
export async function saveLang(lang: Lang): Promise<void> {
  try {
    await (await caches.open(CACHE)).put(KEY, new Response(lang, { headers: { 'content-type': 'text/plain' } }));
  } catch {
    // No Cache Storage (a private window, an old browser): notifications come in Vietnamese.
  }
}

/** The language `saveLang` remembered; Vietnamese when none. */
export async function readLang(): Promise<Lang> {
  try {
    const saved = await (await caches.open(CACHE)).match(KEY);
    return (await saved?.text()) === 'en' ? 'en' : 'vi';
  } catch {
    return 'vi';
  }
}
