import type { Lang } from '@citadel/ui';
import { alertStrings, alertText } from '../alerts/i18n.js';

/** The host's own icon, for a push whose app has none (or an unusable one). */
export const HOST_ICON = '/icons/icon-192.png';

/** What the service worker shows for one push. */
export interface ShownNotification {
  readonly title: string;
  readonly options: NotificationOptions & { readonly data: { readonly url: string } };
}

type Obj = Record<string, unknown>;
const string = (value: unknown, max: number): string | undefined => (typeof value === 'string' && value !== '' ? value.slice(0, max) : undefined);

/**
 * `url` when it is a path on this origin (`/app/…`, `/alerts/…`), else the inbox. A push is the
 * platform's, but what a notification opens is checked anyway: never another origin.
 */
export function safeUrl(url: unknown, origin: string): string {
  if (typeof url !== 'string' || !url.startsWith('/') || url.startsWith('//') || url.includes('\\')) return '/inbox';
  try {
    const parsed = new URL(url, origin);
    return parsed.origin === origin ? `${parsed.pathname}${parsed.search}` : '/inbox';
  } catch {
    return '/inbox';
  }
}

/** An icon URL that is http(s), else the host's. */
function icon(value: unknown): string {
  if (typeof value !== 'string') return HOST_ICON;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : HOST_ICON;
  } catch {
    return HOST_ICON;
  }
}

const localized = (value: unknown, lang: Lang): string | undefined => {
  const v = value && typeof value === 'object' ? (value as Obj) : {};
  return string(v[lang], 120) ?? string(v['vi'], 120);
};

/**
 * The notification to show for a push's JSON (`{ kind: 'notification', … }` or `{ kind: 'alert', … }`):
 * a partner's is titled with the app's name from the registry first, so no app can pass as
 * another or as the city; an extreme or severe alert stays until the citizen acts on it. Anything
 * unreadable still shows (the subscription is `userVisibleOnly`) and opens the inbox.
 */
export function notificationFor(data: unknown, lang: Lang, origin: string): ShownNotification {
  const p = data && typeof data === 'object' ? (data as Obj) : {};
  const tag = string(p['id'], 64);
  if (p['kind'] === 'alert') {
    const s = alertStrings(lang);
    const severity = (['extreme', 'severe', 'moderate', 'minor'] as const).find((x) => x === p['severity']) ?? 'extreme';
    const headline = p['headline'] && typeof p['headline'] === 'object' && typeof (p['headline'] as Obj)['vi'] === 'string'
      ? alertText(p['headline'] as { vi: string; en?: string }, lang).slice(0, 200) : s.alerts;
    return {
      title: `${s.severities[severity]} · ${s.alerts}`,
      options: {
        body: headline, icon: HOST_ICON, badge: HOST_ICON, lang,
        requireInteraction: severity === 'extreme' || severity === 'severe',
        ...(tag ? { tag } : {}), data: { url: safeUrl(p['url'], origin) },
      },
    };
  }
  const app = localized(p['appName'], lang);
  // The partner's English for a citizen who reads in English, when it sent some.
  const en = lang === 'en' && p['en'] && typeof p['en'] === 'object' ? (p['en'] as Obj) : undefined;
  const title = string(en?.['title'], 80) ?? string(p['title'], 80);
  if (p['kind'] !== 'notification' || !app || !title) {
    return { title: 'Huế-S', options: { body: lang === 'en' ? 'You have a new notification.' : 'Bạn có thông báo mới.', icon: HOST_ICON, data: { url: '/inbox' } } };
  }
  return {
    title: `${app} · ${title}`,
    options: {
      body: (en ? string(en['body'], 500) : undefined) ?? string(p['body'], 500) ?? '', icon: icon(p['icon']), badge: HOST_ICON, lang,
      ...(tag ? { tag } : {}), data: { url: safeUrl(p['url'], origin) },
    },
  };
}
