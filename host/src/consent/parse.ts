import type { LocalizedText } from '@citadel/protocol';
import { bad, obj, optStr, str, type Obj } from '../net/read-json.js';
import type { Timestamp } from '../shared/format.js';
import type { AuditPage, ServerConsents } from './types.js';

const time = (value: unknown): Timestamp => (typeof value === 'string' || typeof value === 'number' ? value : '');
const strings = (value: unknown): string[] => (Array.isArray(value) ? value.filter((x): x is string => typeof x === 'string') : []);
const localized = (value: unknown): LocalizedText | null => {
  const v = value && typeof value === 'object' ? (value as Obj) : {};
  return typeof v['vi'] === 'string' && typeof v['en'] === 'string' ? { vi: v['vi'], en: v['en'] } : null;
};

/** `{ apps: […] }` of `GET /api/consents`. */
export function parseConsents(body: unknown): ServerConsents[] {
  const list = obj(body, 'answer')['apps'];
  if (!Array.isArray(list)) throw bad('consents');
  return list.map((item) => {
    const a = obj(item, 'app consents');
    const identity = a['identity'] && typeof a['identity'] === 'object' ? (a['identity'] as Obj) : null;
    const notifications = a['notifications'] && typeof a['notifications'] === 'object' ? (a['notifications'] as Obj) : null;
    const appId = str(a['appId'], 'app id');
    return {
      appId,
      appName: localized(a['appName']) ?? { vi: appId, en: appId },
      appIcon: optStr(a['appIcon']),
      identity: identity && { claims: strings(identity['claims']), grantedAt: time(identity['grantedAt']) },
      notifications: notifications && { grantedAt: time(notifications['grantedAt']), mutedTopics: strings(notifications['mutedTopics']) },
    };
  });
}

/** `{ entries, next }` of `GET /api/consents/audit`. */
export function parseAudit(body: unknown): AuditPage {
  const b = obj(body, 'answer');
  if (!Array.isArray(b['entries'])) throw bad('audit log');
  return {
    entries: b['entries'].map((item) => {
      const e = obj(item, 'audit entry');
      const detail = e['detail'] && typeof e['detail'] === 'object' ? (e['detail'] as Obj) : {};
      return { id: str(e['id'], 'audit id'), appId: optStr(e['appId']), appName: localized(e['appName']), action: str(e['action'], 'action'), detail, at: time(e['at']) };
    }),
    next: optStr(b['next']),
  };
}

/** `{ revoked }`. */
export const parseRevoked = (body: unknown): boolean => obj(body, 'answer')['revoked'] === true;
