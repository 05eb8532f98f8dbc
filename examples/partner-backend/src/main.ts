// `node examples/partner-backend/dist/main.js`: the kitchen-sink demo app's backend.
import { createPartnerBackend } from './server.js';

const env = process.env;
// Required: the port of the origin the kitchen-sink app was built to call (its VITE_BACKEND_ORIGIN).
const port = Number(env['PORT'] || Number.NaN);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be the port of the app's VITE_BACKEND_ORIGIN (\`npm start\` sets it): got ${env['PORT'] ?? 'nothing'}`);
  process.exit(1);
}

const backend = createPartnerBackend({
  port,
  citadelUrl: env['CITADEL_URL'] ?? 'http://localhost:8080',
  appId: env['APP_ID'] ?? 'kitchen-sink',
  allowedOrigin: env['ALLOWED_ORIGIN'] ?? 'http://kitchen-sink.apps.localhost:8080',
  // Written by the platform's development start: { clientId, clientSecret, webhookSecret }.
  ...(env['CITADEL_CREDENTIALS_FILE'] ? { credentialsFile: env['CITADEL_CREDENTIALS_FILE'] } : {}),
});
const listening = await backend.listen();
console.log(`Partner backend listening at ${listening.url}: GET /hello, POST /orders, GET /orders/:id, POST /webhooks`);
if (!env['CITADEL_CREDENTIALS_FILE']) console.log('No CITADEL_CREDENTIALS_FILE: the payment endpoints answer 503 until one is given');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void listening.close().then(() => process.exit(0)));
}
