import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { createCitizens } from './accounts/citizens.js';
import { hashPassword } from './accounts/password.js';
import { normalizePhone } from './accounts/phone.js';
import type { Database } from './db/database.js';
import { createCredentials } from './registry/credentials.js';
import { createWebhookSecret } from '@citadel/node';

/** What the demo partner backend reads. */
interface DemoCredentials { clientId: string; clientSecret: string; webhookSecret: string }

/** One demo partner backend `npm start` runs: its app, where its credentials go, its webhook URL. */
export interface DemoPartner {
  readonly appId: string; readonly file: string; readonly webhookUrl: string;
  /** The daily notification quota an operator would give it (`apps quota`); default: the server's. */
  readonly notificationQuota?: number;
  /** Citizen accounts its demo data expects (a parent and a teacher the school's roster lists, say). */
  readonly demoAccounts?: readonly DemoAccount[];
}

/** A citizen account `npm start` creates with a known password, for trying an app by hand. */
export interface DemoAccount { readonly phone: string; readonly password: string; readonly name: string }

const isDemoAccount = (a: unknown): a is DemoAccount => typeof a === 'object' && a !== null &&
  ['phone', 'password', 'name'].every((k) => typeof (a as Record<string, unknown>)[k] === 'string') &&
  normalizePhone((a as DemoAccount).phone) !== undefined && (a as DemoAccount).password.length >= 8 && (a as DemoAccount).name.trim() !== '';

const QUOTAS = new Set(Array.from({ length: 50 }, (_, i) => i + 1));

function isDemoPartner(value: unknown): value is DemoPartner {
  if (typeof value !== 'object' || value === null) return false;
  const p = value as Record<string, unknown>;
  if (!['appId', 'file', 'webhookUrl'].every((k) => typeof p[k] === 'string')) return false;
  if (p['notificationQuota'] !== undefined && !QUOTAS.has(p['notificationQuota'] as number)) return false;
  return p['demoAccounts'] === undefined || (Array.isArray(p['demoAccounts']) && p['demoAccounts'].every(isDemoAccount));
}

/** Reads `CITADEL_DEMO_PARTNERS` (a JSON list `npm start` sets); none when unset. Throws on a malformed list. */
export function parseDemoPartners(text: string | undefined): DemoPartner[] {
  if (!text) return [];
  const list: unknown = JSON.parse(text);
  if (!Array.isArray(list) || !list.every(isDemoPartner)) {
    throw new TypeError('CITADEL_DEMO_PARTNERS must be a JSON list of { appId, file, webhookUrl, notificationQuota? (1 to 50), demoAccounts? [{ phone, password (8+), name }] }');
  }
  return list;
}

/**
 * Development only: gives a hosted demo app partner credentials and a webhook URL and secret,
 * written to `file` for its backend (which `npm start` runs beside the platform). Kept across
 * restarts while they still work; issued anew when the database was reset. In production a
 * partner gets credentials from the operator (`npm run operator -- credentials issue <id>`)
 * and sets its webhook through the partner API.
 */
export async function seedDemoPartner(db: Database, input: DemoPartner): Promise<void> {
  if (input.notificationQuota !== undefined) await db.query('UPDATE apps SET notification_quota = $2 WHERE id = $1', [input.appId, input.notificationQuota]);
  const credentials = createCredentials(db);
  const saved = existsSync(input.file) ? (JSON.parse(readFileSync(input.file, 'utf8')) as DemoCredentials) : undefined;
  const [app] = await db.query<{ webhook_secret: string | null }>('SELECT webhook_secret FROM apps WHERE id = $1', [input.appId]);
  if (!app) return;
  if (saved && (await credentials.check(saved.clientId, saved.clientSecret)) === input.appId && app.webhook_secret === saved.webhookSecret) return;
  const issued = await credentials.issue(input.appId);
  const webhookSecret = createWebhookSecret();
  await db.query('UPDATE apps SET webhook_url = $2, webhook_secret = $3 WHERE id = $1', [input.appId, input.webhookUrl, webhookSecret]);
  mkdirSync(dirname(input.file), { recursive: true });
  writeFileSync(input.file, `${JSON.stringify({ ...issued, webhookSecret } satisfies DemoCredentials, null, 2)}\n`, { mode: 0o600 });
}

/**
 * Creates a demo account unless its phone number is taken (that account keeps its password and name); true when
 * it did. The password is hashed only for a new account, so a restart costs no scrypt. Its number counts as
 * verified, new or not: the operator's demo list vouches for it, as a code would (the School app links a teacher
 * only by a verified number).
 */
async function createDemoAccount(db: Database, account: DemoAccount): Promise<boolean> {
  const citizens = createCitizens(db);
  const phone = normalizePhone(account.phone)!;
  const existing = await citizens.credentialsByPhone(phone);
  if (existing) {
    if (!existing.citizen.phoneVerified) await citizens.setVerifiedPhone(existing.citizen.id, phone);
    return false;
  }
  return (await citizens.create({ phone, name: account.name, passwordHash: await hashPassword(account.password), phoneVerified: true })) !== undefined;
}

/** Development only: creates each demo account once. */
export async function seedDemoAccounts(db: Database, accounts: readonly DemoAccount[]): Promise<void> {
  for (const account of accounts) await createDemoAccount(db, account);
}

/** The development authority account `npm start` creates, so the alert console can be tried at once. */
export const DEMO_AUTHORITY = { phone: '0900000113', password: 'demo-authority-113', name: 'Ban Chỉ huy PCTT (demo)' } as const;

/**
 * Development only: an account holding the `authority` role, with a known password, so the
 * console at `/alerts/publish` can be tried on a fresh `npm start`. Created once; never in
 * production (`main` calls it only under `npm start`, and not with `NODE_ENV=production`).
 */
export async function seedDemoAuthority(db: Database): Promise<void> {
  if (await createDemoAccount(db, DEMO_AUTHORITY)) await createCitizens(db).setRole(normalizePhone(DEMO_AUTHORITY.phone)!, 'authority', true);
}
