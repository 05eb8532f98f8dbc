// `node packages/server/dist/main.js`: the platform with the demo's mini-apps (published from their built dist/), on
// PGlite under ./data/ (created on first start), or on PostgreSQL when DATABASE_URL is set.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createPlatformServer } from './create-platform-server.js';
import { databaseConfigFromEnv, openDatabase } from './db/open.js';
import { DEMO_AUTHORITY, parseDemoPartners, seedDemoAccounts, seedDemoAuthority, seedDemoPartner } from './dev-seed.js';
import { demoApps } from './demo-apps.js';
import { showDemoAppsFromEnv } from './demo-visibility.js';
import { smsSenderFromEnv } from './sms/sms-from-env.js';

const repo = resolve(import.meta.dirname, '../../..');
const hostDir = resolve(repo, 'host/dist');
const consoleDir = resolve(repo, 'console/dist');
for (const [what, dir] of [['host', hostDir], ['developer console', consoleDir]] as const) {
  if (!existsSync(resolve(dir, 'index.html'))) {
    console.error(`The ${what} is not built (${dir} is missing). Run \`npm start\`, which builds first.`);
    process.exit(1);
  }
}

const config = databaseConfigFromEnv(repo);
const database = await openDatabase(config);
const port = Number(process.env.PORT ?? 8080);
const production = process.env.NODE_ENV === 'production';
const sms = smsSenderFromEnv(process.env);
if (production && sms.development) {
  console.error('NODE_ENV=production needs an SMS gateway for one-time codes: set CITADEL_SMS_GATEWAY=esms and CITADEL_SMS_API_KEY, CITADEL_SMS_SECRET_KEY, CITADEL_SMS_BRANDNAME (docs/security-model.md).');
  process.exit(1);
}
let showDemoApps: boolean;
try {
  showDemoApps = showDemoAppsFromEnv(process.env);
} catch (error) {
  console.error((error as Error).message);
  process.exit(1);
}
const server = await createPlatformServer({
  hostDir,
  consoleDir,
  database,
  // The demo's five apps, named, published as a partner's approved release is: no folder publishes itself.
  apps: demoApps(resolve(repo, 'miniapps')),
  port,
  development: !production,
  showDemoApps,
  sms: sms.sender,
  // The same variable the host was built with (npm start builds first): its map tiles' origin joins the host's img-src.
  mapTileUrl: process.env.VITE_MAP_TILE_URL || undefined,
  ...(process.env.HOST ? { hostname: process.env.HOST } : {}),
});
// `npm start` only: each demo partner backend gets working credentials and its webhook URL.
const demoPartners = parseDemoPartners(process.env.CITADEL_DEMO_PARTNERS);
for (const partner of demoPartners) await seedDemoPartner(database, { ...partner, file: resolve(partner.file) });
const development = demoPartners.length > 0 && process.env.NODE_ENV !== 'production';
if (development) {
  await seedDemoAuthority(database);
  for (const partner of demoPartners) await seedDemoAccounts(database, partner.demoAccounts ?? []);
}
const listening = await server.listen();
console.log(`\nCitadel is running at ${listening.url}  (database: ${config.kind === 'postgres' ? 'PostgreSQL, DATABASE_URL' : `PGlite, ${config.dataDir}`})\n`);
console.log(`  Developer console: ${server.origins.console}/\n`);
const listed = new Set((await server.registry.list({ demo: showDemoApps })).map((manifest) => manifest.id));
for (const manifest of await server.registry.list({ demo: true })) {
  console.log(`  ${manifest.name.vi.padEnd(28)} ${manifest.entry}${listed.has(manifest.id) ? '' : '  (demo app: not in the citizen catalogue)'}`);
}
if (development) {
  console.log(`\n  Official alerts console (demo authority): sign in as ${DEMO_AUTHORITY.phone} / ${DEMO_AUTHORITY.password}, then open ${listening.url}alerts/publish`);
  for (const partner of demoPartners) {
    for (const account of partner.demoAccounts ?? []) console.log(`  Demo account for ${partner.appId}: ${account.phone} / ${account.password} (${account.name})`);
  }
}
if (sms.development && !production) console.log(`\n  One-time codes are not texted in development: they are in this log and at ${listening.url}api/dev/sms`);
console.log('\nPress Ctrl+C to stop.');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void listening.close().then(() => database.close()).then(() => process.exit(0)));
}
