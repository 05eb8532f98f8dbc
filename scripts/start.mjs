// `npm start`: install, build, and run the whole platform with its demo apps, plus the demo
// app's partner backend (examples/partner-backend), each in its own process.
import { spawn } from 'node:child_process';
import { resolve } from 'node:path';
import { build } from './build.mjs';
import { root } from './lib/run.mjs';

build();
const port = process.env.PORT ?? '8080';
// The platform writes the demo backend's partner credentials and webhook secret here (development only).
const credentials = resolve(process.env.CITADEL_DATA_DIR ?? resolve(root, 'data'), 'demo-partner.json');
const children = [
  spawn(process.execPath, ['packages/server/dist/main.js'], { cwd: root, stdio: 'inherit', env: { ...process.env, CITADEL_DEMO_CREDENTIALS_FILE: credentials } }),
  spawn(process.execPath, ['examples/partner-backend/dist/main.js'], {
    cwd: root,
    stdio: 'inherit',
    env: {
      ...process.env,
      // The demo app calls its backend at http://localhost:8090 (miniapps/kitchen-sink/src/partner.ts).
      PORT: '8090',
      CITADEL_URL: `http://localhost:${port}`,
      APP_ID: 'kitchen-sink',
      ALLOWED_ORIGIN: `http://kitchen-sink.apps.localhost:${port}`,
      CITADEL_CREDENTIALS_FILE: credentials,
    },
  }),
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
