import type { Manifest } from '@citadel/protocol';
import { rewriteManifest } from '../app-registry.js';

/**
 * The most bytes of JSON one push carries. RFC 8291 §4 limits the encrypted record to 4096 bytes
 * and `aes128gcm` takes 103 of them (86 header, 16 tag, 1 delimiter); 3 KB leaves room to spare.
 */
export const MAX_PUSH_PAYLOAD_BYTES = 3072;

/** A partner's notification, as the host's service worker shows it. */
export interface NotificationPush {
  readonly kind: 'notification';
  readonly id: string;
  readonly appId: string;
  readonly appName: { readonly vi: string; readonly en: string };
  /** The app's first icon, absolute, or null. */
  readonly icon: string | null;
  readonly title: string;
  readonly body: string;
  /** The English text, when the partner sent it: the service worker shows it to a citizen who reads the host in English. */
  readonly en?: { readonly title: string; readonly body: string };
  /** Where tapping opens, on the host: `/app/<appId><path>`. */
  readonly url: string;
}

/** An official alert, as the host's service worker shows it. */
export interface AlertPush {
  readonly kind: 'alert';
  readonly id: string;
  readonly severity: 'extreme' | 'severe' | 'moderate' | 'minor';
  readonly headline: { readonly vi: string; readonly en?: string };
  /** `/alerts/<id>` on the host. */
  readonly url: string;
}

/** What a push carries, decrypted. */
export type PushPayload = NotificationPush | AlertPush;

/** A notification row with its app's manifest (the `apps.manifest` jsonb). */
export interface NotificationContent {
  readonly id: string;
  readonly appId: string;
  readonly title: string;
  readonly body: string;
  readonly en?: { readonly title: string; readonly body: string } | null;
  readonly path: string;
  readonly manifest: Manifest;
  /** The app's real origin when the platform hosts it (manifest icons are relative to it); default the entry's origin. */
  readonly appOrigin?: string | undefined;
}

/** The push of a notification. */
export function notificationPayload(content: NotificationContent): NotificationPush {
  const { manifest } = content;
  const placed = rewriteManifest(manifest, content.appOrigin ?? new URL(manifest.entry).origin);
  return {
    kind: 'notification',
    id: content.id,
    appId: content.appId,
    appName: { vi: manifest.name.vi, en: manifest.name.en },
    icon: placed.icons[0]?.src ?? null,
    title: content.title,
    body: content.body,
    ...(content.en ? { en: { title: content.en.title, body: content.en.body } } : {}),
    url: `/app/${content.appId}${content.path}`,
  };
}

/** The push of an alert. */
export function alertPayload(alert: { readonly id: string; readonly severity: AlertPush['severity']; readonly headline: { readonly vi: string; readonly en?: string | null | undefined } }): AlertPush {
  const { vi, en } = alert.headline;
  return {
    kind: 'alert',
    id: alert.id,
    severity: alert.severity,
    headline: typeof en === 'string' ? { vi, en } : { vi },
    url: `/alerts/${encodeURIComponent(alert.id)}`,
  };
}

const size = (value: unknown) => Buffer.byteLength(JSON.stringify(value));

/** `text` cut to `keep` code points (never half a surrogate pair), the last one an ellipsis when cut. */
const truncate = (text: string, keep: number) => {
  const chars = Array.from(text);
  if (chars.length <= keep) return text;
  return keep === 0 ? '' : `${chars.slice(0, keep - 1).join('')}…`;
};

/** One text field that may be shortened, in order of what to give up first. */
interface Cut<T> {
  readonly text: (payload: T) => string;
  readonly with: (payload: T, text: string) => T;
}

/** Shortens each cut's field in turn, as little as needed (a binary search on its length), until the JSON fits. */
function fit<T>(payload: T, cuts: ReadonlyArray<Cut<T>>): string {
  let current = payload;
  for (const cut of cuts) {
    if (size(current) <= MAX_PUSH_PAYLOAD_BYTES) break;
    const text = cut.text(current);
    let low = 0;
    let high = Array.from(text).length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (size(cut.with(current, truncate(text, middle))) <= MAX_PUSH_PAYLOAD_BYTES) low = middle;
      else high = middle - 1;
    }
    current = cut.with(current, truncate(text, low));
  }
  const json = JSON.stringify(current);
  if (Buffer.byteLength(json) > MAX_PUSH_PAYLOAD_BYTES) throw new RangeError('The push payload cannot be made to fit');
  return json;
}

const notificationCuts: ReadonlyArray<Cut<NotificationPush>> = [
  { text: (p) => p.en?.body ?? '', with: (p, body) => (p.en ? { ...p, en: { ...p.en, body } } : p) },
  { text: (p) => p.body, with: (p, body) => ({ ...p, body }) },
  { text: (p) => p.en?.title ?? '', with: (p, title) => (p.en ? { ...p, en: { ...p.en, title } } : p) },
  { text: (p) => p.title, with: (p, title) => ({ ...p, title }) },
  // An icon URL may be 2 KB. A cut URL is no URL, so it is kept whole or dropped (the service
  // worker then shows the host's own icon).
  { text: (p) => p.icon ?? '', with: (p, icon) => (icon === p.icon ? p : { ...p, icon: null }) },
  { text: (p) => p.appName.en, with: (p, en) => ({ ...p, appName: { ...p.appName, en } }) },
  { text: (p) => p.appName.vi, with: (p, vi) => ({ ...p, appName: { ...p.appName, vi } }) },
];

const alertCuts: ReadonlyArray<Cut<AlertPush>> = [
  { text: (p) => p.headline.en ?? '', with: (p, en) => ({ ...p, headline: p.headline.en === undefined ? p.headline : { ...p.headline, en } }) },
  { text: (p) => p.headline.vi, with: (p, vi) => ({ ...p, headline: { ...p.headline, vi } }) },
];

/**
 * The JSON a push carries, at most `MAX_PUSH_PAYLOAD_BYTES` of UTF-8: when it would be longer,
 * the English body is shortened first (ending in "…"), then the Vietnamese body, the English title,
 * the Vietnamese title, then the icon dropped, then the app name; an alert's English headline, then its Vietnamese one.
 */
export function encodePushPayload(payload: PushPayload): string {
  return payload.kind === 'notification' ? fit(payload, notificationCuts) : fit(payload, alertCuts);
}
