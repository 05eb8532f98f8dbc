// `npm start`: install, build, and run the whole platform with its demo apps, plus every demo
// partner backend (scripts/lib/partner-backends.mjs), each in its own process, on the ports of
// scripts/lib/demo-ports.mjs (the build gave each app the same backend origin).
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from './build.mjs';
import { backendOrigin, platformPort } from './lib/demo-ports.mjs';
import { partnerBackends } from './lib/partner-backends.mjs';
import { root } from './lib/run.mjs';

await build();
const port = platformPort();
const dataDir = process.env.CITADEL_DATA_DIR ?? resolve(root, 'data');
const backends = partnerBackends(dataDir);
// The platform gives each backend partner credentials and a webhook URL, written to its file (development only).
const partners = backends.map((b) => ({
  // Absent fields stay absent: JSON.stringify drops the undefined ones.
  appId: b.appId, file: b.credentials, webhookUrl: `${backendOrigin(b.appId)}/webhooks`, notificationQuota: b.notificationQuota, demoAccounts: b.demoAccounts,
}));
const children = [
  spawn(process.execPath, ['packages/server/dist/main.js'], { cwd: root, stdio: 'inherit', env: { ...process.env, PORT: String(port), CITADEL_DEMO_PARTNERS: JSON.stringify(partners) } }),
  ...backends.map((b) => spawn(process.execPath, [b.entry], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      // The port of the origin the build gave the app (VITE_BACKEND_ORIGIN), and the app's origin for CORS.
      PORT: String(b.port),
      CITADEL_URL: `http://localhost:${port}`,
      APP_ID: b.appId,
      ALLOWED_ORIGIN: `http://${b.appId}.apps.localhost:${port}`,
      CITADEL_CREDENTIALS_FILE: b.credentials,
      ...(b.dataDir ? { DATA_DIR: b.dataDir } : {}),
    },
  })),
];
let stopping = false;
const stop = (code) => {
  if (stopping) return;
  stopping = true;
  for (const child of children) child.kill('SIGTERM');
  process.exitCode = code;
};
for (const child of children) child.on('exit', (code) => stop(code ?? 0));
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => stop(0));
