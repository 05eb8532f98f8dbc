import type { LocalizedText } from '@citadel/protocol';
import { parseAlertText, parseSeverity } from '../alerts/parse.js';
import type { AlertCategory } from '../alerts/types.js';
import { bad, obj, optStr, str } from '../net/read-json.js';
import type { Timestamp } from '../shared/format.js';
import type { InboxEntry, InboxPage, NotificationGrant } from './types.js';

const time = (value: unknown): Timestamp | null => (typeof value === 'string' || typeof value === 'number' ? value : null);

const localized = (value: unknown): LocalizedText | null => {
  if (!value || typeof value !== 'object') return null;
  const { vi, en } = value as Record<string, unknown>;
  return typeof vi === 'string' && typeof en === 'string' ? { vi, en } : null;
};

/** `{ granted, grantedAt, mutedTopics }`. */
export function parseNotificationGrant(body: unknown): NotificationGrant {
  const g = obj(body, 'grant');
  const muted = Array.isArray(g['mutedTopics']) ? g['mutedTopics'].filter((t): t is string => typeof t === 'string') : [];
  return { granted: g['granted'] === true, grantedAt: time(g['grantedAt']), mutedTopics: muted };
}

/** One inbox entry; an entry of a kind this host does not know is dropped (`undefined`). */
function parseEntry(value: unknown): InboxEntry | undefined {
  const e = obj(value, 'inbox entry');
  const common = { id: str(e['id'], 'entry id'), at: time(e['at']) ?? '', readAt: time(e['readAt']) };
  if (e['kind'] === 'alert') {
    return {
      kind: 'alert', ...common, sender: typeof e['sender'] === 'string' ? e['sender'] : '', severity: parseSeverity(e['severity']),
      category: (typeof e['category'] === 'string' ? e['category'] : 'policy') as AlertCategory,
      headline: parseAlertText(e['headline']), expiresAt: time(e['expiresAt']) ?? '',
    };
  }
  if (e['kind'] !== 'notification') return undefined;
  const appName = localized(e['appName']);
  if (!appName) throw bad('app name');
  return {
    kind: 'notification', ...common, appId: str(e['appId'], 'app id'), appName, appIcon: optStr(e['appIcon']),
    topic: optStr(e['topic']), topicName: localized(e['topicName']),
    title: str(e['title'], 'title'), body: typeof e['body'] === 'string' ? e['body'] : '', en: english(e['en']),
    path: typeof e['path'] === 'string' ? e['path'] : '',
  };
}

/** A notification's `en: { title, body }`, or null when absent or not that shape. */
function english(value: unknown): { title: string; body: string } | null {
  if (typeof value !== 'object' || value === null) return null;
  const { title, body } = value as Record<string, unknown>;
  return typeof title === 'string' && title !== '' && typeof body === 'string' ? { title, body } : null;
}

/** `{ entries, next }`. */
export function parseInboxPage(body: unknown): InboxPage {
  const b = obj(body, 'answer');
  if (!Array.isArray(b['entries'])) throw bad('inbox');
  return {
    entries: b['entries'].map(parseEntry).filter((e): e is InboxEntry => e !== undefined),
    next: optStr(b['next']),
  };
}

/** `{ count }`. */
export function parseUnread(body: unknown): number {
  const count = obj(body, 'answer')['count'];
  return typeof count === 'number' && Number.isFinite(count) && count >= 0 ? Math.floor(count) : 0;
}
