// The operator's command line: `npm run operator -- <command>`. With PGlite, stop the server
// first (one process owns its data directory); with PostgreSQL (DATABASE_URL), any time.
import { resolve } from 'node:path';
import { Role } from '@citadel/protocol/api';
import { createCitizens } from './accounts/citizens.js';
import { normalizePhone } from './accounts/phone.js';
import { createDatabaseRegistry, createRegistryAdmin, validateManifests } from './app-registry.js';
import { builtApp } from './demo-apps.js';
import { publishDirectory } from './publishing/publish-directory.js';
import { databaseConfigFromEnv, openDatabase } from './db/open.js';
import { createSigningKeys } from './identity/signing-keys.js';
import { formatReconciliation, reconcile } from './payments/reconcile.js';
import { createOrigins } from './origins.js';
import { createCredentials } from './registry/credentials.js';
import { createSecurityEvents } from './registry/security-events.js';
import { createProtectedWords } from './branding/protected-words.js';
import { DEFAULT_SUSPENSION_REASON } from './publishing/kill-switch.js';

const usage = `Usage: npm run operator -- <command>

  apps                          list registered apps and their status
  apps publish <folder>         publishes a built app project as the operator (its dist/ and manifest): checked as
                                an upload is, approved and released to everyone; the same files again change nothing
  apps suspend <id> [reason…]   the kill switch: the app stops launching and serving at once; its partner is told
                                the reason (in the console and an app.suspended webhook), by default "${DEFAULT_SUSPENSION_REASON}"
  apps activate <id>            lets a suspended app launch again (an app.reinstated webhook)
  apps quota <id> <n|default>   notifications the app may send one citizen a day (1 to 50), or the server's default
  apps cap <id> <n|off>         notifications the app may send in all in a day (Vietnam time), or no cap; past it,
                                sends answer 429 QUOTA_EXCEEDED until the day ends
  apps official <id> on|off     an app the city runs: it may use the protected words in notifications
  apps demo <id> on|off         a demo for developers: the citizen catalogue leaves it out unless the server shows
                                demo apps (CITADEL_DEMO_APPS; development); the server's start sets it again for
                                the demo apps it publishes (the kitchen sink)
  words                         the protected words: a notification from any other app that uses one is refused
  words add|remove <word>       edits the list (compared folded: case, diacritics, look-alike letters and
                                punctuation do not matter)
  credentials issue <id>        issues partner credentials (the secret is shown once)
  credentials rotate <id>       issues new credentials; the old ones work 24 more hours
  reconcile                     per partner and day: orders, payments, refunds and the ledger; exits 1 if anything
                                does not balance
  role grant <phone> <role>     gives a citizen account a platform role (authority: publishes official alerts;
                                reviewer: approves or rejects app versions in the developer console's review queue;
                                operator: the kill switch in the developer console)
  role revoke <phone> <role>    takes the role back
  security [n]                  the latest n (default 50) security events: refused partner credentials, and the
                                locks they set (client id as sent, address, time); apps a citizen's host shut out
                                for flooding the bridge (frame-rate-abuse: app id, the citizen's address, time)
  keys rotate                   publishes a new identity signing key, which signs from 2 minutes on; the old one
                                stays published until its last token expires
  keys rotate --now             the same, signing at once (a compromised key): verifiers may refuse new tokens
                                until they refetch the JWKS`;

const [group, action, id, extra] = process.argv.slice(2);
const db = await openDatabase(databaseConfigFromEnv(resolve(import.meta.dirname, '../../..')));
const fail = (message: string) => {
  console.error(message);
  process.exitCode = 1;
};
try {
  const admin = createRegistryAdmin(db);
  const credentials = createCredentials(db);
  const registry = createDatabaseRegistry(db, createOrigins('localhost', () => 8080));
  if (group === 'apps' && !action) {
    for (const row of await db.query<{ id: string; status: string }>('SELECT id, status FROM apps ORDER BY id')) console.log(`${row.id.padEnd(32)} ${row.status}`);
  } else if (group === 'apps' && action === 'publish' && id) {
    try {
      const [app] = validateManifests([builtApp(resolve(id))]);
      const published = await publishDirectory(db, app!);
      console.log(`${app!.manifest.id}: version ${published.version} ${published.created ? 'published and released to everyone' : 'is already these files'}`);
    } catch (error) {
      fail(error instanceof Error ? error.message : String(error));
    }
  } else if (group === 'apps' && (action === 'suspend' || action === 'activate') && id) {
    const reason = process.argv.slice(5).join(' ').trim() || DEFAULT_SUSPENSION_REASON;
    if (await admin.setStatus(id, action === 'suspend' ? 'suspended' : 'active', reason)) console.log(`${id}: ${action === 'suspend' ? `suspended (${reason})` : 'active'}`);
    else fail(`No app "${id}"`);
  } else if (group === 'apps' && action === 'quota' && id && extra) {
    const quota = extra === 'default' ? null : Number(extra);
    if (quota !== null && !(Number.isInteger(quota) && quota >= 1 && quota <= 50)) fail('The quota must be a whole number from 1 to 50, or "default"');
    else if ((await db.query('UPDATE apps SET notification_quota = $2 WHERE id = $1 RETURNING id', [id, quota])).length === 0) fail(`No app "${id}"`);
    else console.log(`${id}: ${quota === null ? 'the server\'s default quota' : `${quota} notifications a citizen a day`}`);
  } else if (group === 'apps' && action === 'cap' && id && extra) {
    const cap = extra === 'off' ? null : Number(extra);
    if (cap !== null && !(Number.isInteger(cap) && cap >= 1)) fail('The cap must be a whole number, 1 or more, or "off"');
    else if ((await db.query('UPDATE apps SET notification_daily_cap = $2 WHERE id = $1 RETURNING id', [id, cap])).length === 0) fail(`No app "${id}"`);
    else console.log(`${id}: ${cap === null ? 'no daily cap' : `${cap} notifications a day in all`}`);
  } else if (group === 'apps' && action === 'official' && id && (extra === 'on' || extra === 'off')) {
    if ((await db.query('UPDATE apps SET official = $2 WHERE id = $1 RETURNING id', [id, extra === 'on'])).length === 0) fail(`No app "${id}"`);
    else console.log(`${id}: ${extra === 'on' ? 'official: may use the protected words' : 'not official'}`);
  } else if (group === 'apps' && action === 'demo' && id && (extra === 'on' || extra === 'off')) {
    if (!(await admin.setDemo(id, extra === 'on'))) fail(`No app "${id}"`);
    else console.log(`${id}: ${extra === 'on' ? 'a demo app: listed to citizens only where the server shows demo apps' : 'a citizen service: listed in the catalogue'}`);
  } else if (group === 'words' && !action) {
    for (const word of await createProtectedWords(db).list()) console.log(word);
  } else if (group === 'words' && (action === 'add' || action === 'remove') && id) {
    const word = process.argv.slice(4).join(' ');
    const words = createProtectedWords(db);
    if (action === 'add') console.log(await words.add(word) ? `added "${word}"` : `"${word}" is already listed (or has no letters)`);
    else if (await words.remove(word)) console.log(`removed "${word}"`);
    else fail(`"${word}" is not listed`);
  } else if (group === 'credentials' && (action === 'issue' || action === 'rotate') && id) {
    if (!(await registry.get(id))) fail(`No app "${id}"`);
    else {
      const issued = action === 'issue' ? await credentials.issue(id) : await credentials.rotate(id);
      console.log(`client id:     ${issued.clientId}\nclient secret: ${issued.clientSecret}\n\nThe secret is not stored and will not be shown again: keep it in the partner backend's secret store.`);
    }
  } else if (group === 'role' && (action === 'grant' || action === 'revoke') && id && extra) {
    const phone = normalizePhone(id);
    if (!phone) fail(`"${id}" is not a Vietnamese mobile number`);
    else if (!Role.safeParse(extra).success) fail(`No role "${extra}"; roles: ${Role.options.join(', ')}`);
    else if (await createCitizens(db).setRole(phone, Role.parse(extra), action === 'grant')) console.log(`${phone}: ${action === 'grant' ? 'now holds' : 'no longer holds'} ${extra}`);
    else fail(`No citizen with phone ${phone}`);
  } else if (group === 'security' && (action === undefined || /^\d{1,4}$/.test(action))) {
    for (const e of await createSecurityEvents(db).latest(Number(action ?? 50))) {
      console.log(`${e.at.toISOString()}  ${e.kind.padEnd(20)} ${e.subject.padEnd(32)} ${e.address}`);
    }
  } else if (group === 'reconcile' && !action) {
    const report = await reconcile(db);
    console.log(formatReconciliation(report));
    if (report.problems.length > 0) process.exitCode = 1;
  } else if (group === 'keys' && action === 'rotate' && (id === undefined || id === '--now')) {
    await createSigningKeys(db).rotate(id === '--now' ? 0 : undefined);
    console.log(id === '--now'
      ? 'A new signing key signs from now on; the previous one stays in the JWKS until its tokens have expired.'
      : 'A new signing key is published and signs in 2 minutes; the previous one stays in the JWKS until its tokens have expired.');
  } else {
    fail(usage);
  }
} finally {
  await db.close();
}
