// The partner backends `npm start` runs beside the platform: the kitchen-sink demo's
// (examples/partner-backend, port 8090) and every `miniapps/<dir>/backend` whose package.json
// says `"citadel": { "port": N }`, for the app whose manifest is `miniapps/<dir>/manifest.json`.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { root } from './run.mjs';

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));

/** `{ appId, port, entry, credentials, dataDir, notificationQuota?, demoAccounts? }` of each partner backend, in a stable order. */
export function partnerBackends(dataDir) {
  const backends = [{
    appId: 'kitchen-sink', port: 8090, entry: resolve(root, 'examples/partner-backend/dist/main.js'),
    // The name the demo backend has always read its credentials from.
    credentials: resolve(dataDir, 'demo-partner.json'),
  }];
  const miniapps = resolve(root, 'miniapps');
  for (const dir of readdirSync(miniapps, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name).sort()) {
    const pkg = resolve(miniapps, dir, 'backend/package.json');
    const manifest = resolve(miniapps, dir, 'manifest.json');
    if (!existsSync(pkg) || !existsSync(manifest)) continue;
    const citadel = readJson(pkg).citadel ?? {};
    const port = Number(citadel.port);
    if (!Number.isInteger(port) || port <= 0 || port > 65535) throw new Error(`${pkg}: "citadel": { "port" } must be a port number`);
    const appId = readJson(manifest).id;
    const clash = backends.find((b) => b.port === port);
    if (clash) throw new Error(`${pkg}: port ${port} is already the backend port of ${clash.appId}`);
    // `notificationQuota`: what the operator would set for a trusted city service (`npm run operator -- apps quota`);
    // `demoAccounts`: citizen accounts the app's demo data names (the school roster's parent and teacher). Development only.
    const { notificationQuota, demoAccounts } = citadel;
    backends.push({
      appId, port, entry: resolve(miniapps, dir, 'backend/dist/main.js'),
      ...(notificationQuota ? { notificationQuota } : {}), ...(demoAccounts ? { demoAccounts } : {}),
      credentials: resolve(dataDir, 'partners', `${appId}.json`), dataDir: resolve(dataDir, 'partners', appId),
    });
  }
  return backends;
}
