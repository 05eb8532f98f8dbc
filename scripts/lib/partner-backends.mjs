// The partner backends `npm start` runs beside the platform: the kitchen-sink demo's
// (examples/partner-backend) and every `miniapps/<dir>/backend`, for the app whose manifest is
// `miniapps/<dir>/manifest.json`, each on its port from scripts/lib/demo-ports.mjs.
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { backendPort } from './demo-ports.mjs';
import { miniappFrontends } from './miniapps.mjs';
import { root } from './run.mjs';

/** `{ appId, port, entry, credentials, dataDir, notificationQuota?, demoAccounts? }` of each partner backend, in a stable order. */
export function partnerBackends(dataDir) {
  const backends = [{
    appId: 'kitchen-sink', port: backendPort('kitchen-sink'), entry: resolve(root, 'examples/partner-backend/dist/main.js'),
    // The name the demo backend has always read its credentials from.
    credentials: resolve(dataDir, 'demo-partner.json'),
  }];
  for (const { appId, dir } of miniappFrontends()) {
    const pkg = resolve(dir, 'backend/package.json');
    if (!existsSync(pkg)) continue;
    // `notificationQuota`: what the operator would set for a trusted city service (`npm run operator -- apps quota`);
    // `demoAccounts`: citizen accounts the app's demo data names (the school roster's parent and teacher). Development only.
    const { notificationQuota, demoAccounts } = JSON.parse(readFileSync(pkg, 'utf8')).citadel ?? {};
    backends.push({
      appId, port: backendPort(appId), entry: resolve(dir, 'backend/dist/main.js'),
      ...(notificationQuota ? { notificationQuota } : {}), ...(demoAccounts ? { demoAccounts } : {}),
      credentials: resolve(dataDir, 'partners', `${appId}.json`), dataDir: resolve(dataDir, 'partners', appId),
    });
  }
  return backends;
}
