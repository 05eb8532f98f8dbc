// `npm start`: install, build, and run the whole platform with its demo apps, plus every demo
// partner backend (scripts/lib/partner-backends.mjs), each in its own process.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from './build.mjs';
import { partnerBackends } from './lib/partner-backends.mjs';
import { root } from './lib/run.mjs';

build();
const port = process.env.PORT ?? '8080';
const dataDir = process.env.CITADEL_DATA_DIR ?? resolve(root, 'data');
const backends = partnerBackends(dataDir);
// The platform gives each backend partner credentials and a webhook URL, written to its file (development only).
const partners = backends.map((b) => ({
  // Absent fields stay absent: JSON.stringify drops the undefined ones.
  appId: b.appId, file: b.credentials, webhookUrl: `http://localhost:${b.port}/webhooks`, notificationQuota: b.notificationQuota, demoAccounts: b.demoAccounts,
}));
const children = [
  spawn(process.execPath, ['packages/server/dist/main.js'], { cwd: root, stdio: 'inherit', env: { ...process.env, CITADEL_DEMO_PARTNERS: JSON.stringify(partners) } }),
  ...backends.map((b) => spawn(process.execPath, [b.entry], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      // Each mini-app calls its backend at http://localhost:<port> (written in the app's own source).
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
