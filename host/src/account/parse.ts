import type { IdentityClaim } from '@citadel/protocol';
import { bad, obj, optStr, str, type Obj } from '../net/read-json.js';
import type { Timestamp } from '../shared/format.js';
import type { AccountSession, Citizen, IdentityGrant, VerificationLevel } from './types.js';

const time = (value: unknown): Timestamp | null => (typeof value === 'string' || typeof value === 'number' ? value : null);

const levels: readonly string[] = ['none', 'basic', 'verified'] satisfies VerificationLevel[];
const claimNames: readonly string[] = ['name', 'phone', 'verificationLevel', 'ward'] satisfies IdentityClaim[];

/** `{ citizen }` → the citizen. */
export function parseCitizen(body: unknown): Citizen {
  const c = obj(obj(body, 'answer')['citizen'], 'citizen');
  const level = c['verificationLevel'];
  return {
    id: str(c['id'], 'citizen id'),
    phone: str(c['phone'], 'phone'),
    name: str(c['name'], 'name'),
    verificationLevel: typeof level === 'string' && levels.includes(level) ? (level as VerificationLevel) : 'none',
    ward: optStr(c['ward']),
    dateOfBirth: optStr(c['dateOfBirth']),
    // An older platform sends no roles: a plain citizen.
    roles: Array.isArray(c['roles']) ? c['roles'].filter((r): r is string => typeof r === 'string') : [],
  };
}

/** `{ sessions: […] }` → the sessions. */
export function parseSessions(body: unknown): AccountSession[] {
  const list = obj(body, 'answer')['sessions'];
  if (!Array.isArray(list)) throw bad('sessions');
  return list.map((item) => {
    const s = obj(item, 'session');
    return {
      id: str(s['id'], 'session id'),
      createdAt: time(s['createdAt']) ?? '',
      lastSeenAt: time(s['lastSeenAt']) ?? '',
      userAgent: optStr(s['userAgent']),
      current: s['current'] === true,
    };
  });
}

/** `{ claims, grantedAt }` → the grant; unknown claim names are dropped. */
export function parseGrant(body: unknown): IdentityGrant {
  const g = obj(body, 'grant');
  const claims = Array.isArray(g['claims']) ? g['claims'] : [];
  return {
    claims: claims.filter((c): c is IdentityClaim => typeof c === 'string' && claimNames.includes(c)),
    grantedAt: time(g['grantedAt']),
  };
}

/** `{ token }` → the token. */
export const parseToken = (body: unknown): string => str(obj(body, 'answer')['token'], 'token');

/** `{ claims: { … } }` → only the string-valued claims (the bridge's result is `Record<string, string>`). */
export function parseProfile(body: unknown): Record<string, string> {
  const claims = obj(obj(body, 'answer')['claims'], 'claims');
  return Object.fromEntries(Object.entries(claims).filter((e): e is [string, string] => typeof e[1] === 'string'));
}

/** `{ manifest }` → the manifest, unchecked: the runtime validates it before framing. */
export const parseLaunch = (body: unknown): unknown => obj(body, 'answer')['manifest'];
