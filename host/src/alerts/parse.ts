import { bad, obj, optStr, str, type Obj } from '../net/read-json.js';
import type { Timestamp } from '../shared/format.js';
import { alertCategories, severities, type Alert, type AlertArea, type AlertCategory, type AlertText, type MyAlert, type Severity, type SharedLocation } from './types.js';

const time = (value: unknown): Timestamp => (typeof value === 'string' || typeof value === 'number' ? value : '');

/** `{ vi, en? }`; a missing Vietnamese text is a bad answer. */
export function parseAlertText(value: unknown): AlertText {
  const t = obj(value, 'alert text');
  const en = optStr(t['en']);
  return { vi: str(t['vi'], 'alert text'), ...(en === null ? {} : { en }) };
}

/** An unknown severity is read as the gravest: better to warn too much than to hide a new level. */
export const parseSeverity = (value: unknown): Severity =>
  typeof value === 'string' && (severities as readonly string[]).includes(value) ? (value as Severity) : 'extreme';

const category = (value: unknown): AlertCategory =>
  typeof value === 'string' && (alertCategories as readonly string[]).includes(value) ? (value as AlertCategory) : 'policy';

function area(value: unknown): AlertArea {
  const a = value && typeof value === 'object' ? (value as Obj) : {};
  const wards = Array.isArray(a['wards']) ? a['wards'].filter((w): w is string => typeof w === 'string') : [];
  const polygons = Array.isArray(a['polygons']) ? (a['polygons'] as AlertArea['polygons']) : [];
  return { description: typeof a['description'] === 'string' ? a['description'] : '', wards, polygons };
}

/** One published alert. */
export function parseAlert(value: unknown): Alert {
  const a = obj(value, 'alert');
  return {
    id: str(a['id'], 'alert id'),
    sender: typeof a['sender'] === 'string' ? a['sender'] : '',
    severity: parseSeverity(a['severity']),
    category: category(a['category']),
    headline: parseAlertText(a['headline']),
    description: a['description'] ? parseAlertText(a['description']) : { vi: '' },
    instruction: a['instruction'] ? parseAlertText(a['instruction']) : null,
    area: area(a['area']),
    sentAt: time(a['sentAt']),
    expiresAt: time(a['expiresAt']),
    recipients: typeof a['recipients'] === 'number' ? a['recipients'] : 0,
  };
}

/** `{ alerts: […] }`. */
export function parseAlerts(body: unknown): Alert[] {
  const list = obj(body, 'answer')['alerts'];
  if (!Array.isArray(list)) throw bad('alerts');
  return list.map(parseAlert);
}

/** `{ alerts: […] }` of `/api/me/alerts`: each with `readAt`. */
export function parseMyAlerts(body: unknown): MyAlert[] {
  const list = obj(body, 'answer')['alerts'];
  if (!Array.isArray(list)) throw bad('alerts');
  return list.map((item) => {
    const readAt = (item as Obj | null)?.['readAt'];
    return { ...parseAlert(item), readAt: typeof readAt === 'string' || typeof readAt === 'number' ? readAt : null };
  });
}

/** `{ alert }`. */
export const parseOneAlert = (body: unknown): Alert => parseAlert(obj(body, 'answer')['alert']);

/** `{ location }`: the shared position, or `null` when none. */
export function parseLocation(body: unknown): SharedLocation | null {
  const l = obj(body, 'answer')['location'];
  if (!l || typeof l !== 'object') return null;
  const { latitude, longitude, sharedAt } = l as Obj;
  if (typeof latitude !== 'number' || typeof longitude !== 'number') return null;
  return { latitude, longitude, ...(typeof sharedAt === 'string' ? { sharedAt } : {}) };
}
