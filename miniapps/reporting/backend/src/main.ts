// `node miniapps/reporting/backend/dist/main.js`: the reporting mini-app's backend.
import { startReportingBackend } from './server.js';
import { loadKeywordModel } from './routing/load-model.js';
import { parseStaffSubs } from './staff/staff-list.js';

const env = process.env;
const port = Number(env['PORT'] ?? 8091);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`PORT must be a port number: got ${env['PORT']}`);
  process.exit(1);
}
const backend = await startReportingBackend({
  port,
  citadelUrl: env['CITADEL_URL'] ?? 'http://localhost:8080',
  appId: env['APP_ID'] ?? 'reporting',
  allowedOrigin: env['ALLOWED_ORIGIN'] ?? 'http://reporting.apps.localhost:8080',
  credentialsFile: env['CITADEL_CREDENTIALS_FILE'],
  databaseUrl: env['DATABASE_URL'],
  dataDir: env['DATA_DIR'] ?? 'data/reporting',
  staffSubs: parseStaffSubs(env['STAFF_SUBS']),
  ...(env['KEYWORD_MODEL_FILE'] ? { model: loadKeywordModel(env['KEYWORD_MODEL_FILE']) } : {}),
});
console.log(`Reporting backend listening at ${backend.url} (${backend.database.kind})`);
for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void backend.close().then(() => process.exit(0)));
