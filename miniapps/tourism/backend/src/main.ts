// `node miniapps/tourism/backend/dist/main.js`: the tourism mini-app's backend.
import { startTourismBackend } from './server.js';
import { parseGateKeys } from './tickets/gates.js';

const env = process.env;
const port = Number(env['PORT'] ?? 8092);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number: got ${env['PORT']}`);
  process.exit(1);
}
const backend = await startTourismBackend({
  port,
  citadelUrl: env['CITADEL_URL'] ?? 'http://localhost:8080',
  appId: env['APP_ID'] ?? 'tourism',
  allowedOrigin: env['ALLOWED_ORIGIN'] ?? 'http://tourism.apps.localhost:8080',
  credentialsFile: env['CITADEL_CREDENTIALS_FILE'],
  databaseUrl: env['DATABASE_URL'],
  dataDir: env['DATA_DIR'] ?? 'data/tourism',
  gateKeys: parseGateKeys(env['GATE_KEYS']),
});
console.log(`Tourism backend listening at ${backend.url} (${backend.database.kind})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void backend.close().then(() => process.exit(0)));
