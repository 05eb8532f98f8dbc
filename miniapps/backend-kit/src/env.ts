import type { BackendOptions, ListeningBackend } from './backend.js';

/**
 * The options `npm start` passes a backend in its environment: `PORT`, `CITADEL_URL`, `APP_ID`,
 * `ALLOWED_ORIGIN`, `CITADEL_CREDENTIALS_FILE`, `DATABASE_URL`, `DATA_DIR`. Exits with a message
 * for a `PORT` that is not a port number.
 */
export function backendOptionsFromEnv(env: NodeJS.ProcessEnv, defaults: { readonly appId: string; readonly port: number }): BackendOptions & { port: number } {
  const port = Number(env['PORT'] ?? defaults.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number: got ${env['PORT']}`);
    process.exit(1);
  }
  return {
    port,
    citadelUrl: env['CITADEL_URL'] ?? 'http://localhost:8080',
    appId: env['APP_ID'] ?? defaults.appId,
    allowedOrigin: env['ALLOWED_ORIGIN'] ?? `http://${defaults.appId}.apps.localhost:8080`,
    credentialsFile: env['CITADEL_CREDENTIALS_FILE'],
    databaseUrl: env['DATABASE_URL'],
    dataDir: env['DATA_DIR'] ?? `data/${defaults.appId}`,
  };
}

/** Says where `backend` listens, and closes it on SIGINT or SIGTERM before exiting. */
export function runUntilStopped(label: string, backend: ListeningBackend): void {
  console.log(`${label} listening at ${backend.url} (${backend.database.kind})`);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void backend.close().then(() => process.exit(0)));
}
