import type { BackendOptions, ListeningBackend } from './backend.js';

/**
 * The options `npm start` passes a backend in its environment: `PORT`, `CITADEL_URL`, `APP_ID`,
 * `ALLOWED_ORIGIN`, `CITADEL_CREDENTIALS_FILE`, `DATABASE_URL`, `DATA_DIR`. `PORT`, `CITADEL_URL`
 * and `ALLOWED_ORIGIN` are required: the port is the one the app's build was given
 * (`VITE_BACKEND_ORIGIN`), so no default could be right. Exits with a message naming what is
 * missing, or for a `PORT` that is not a port number.
 */
export function backendOptionsFromEnv(env: NodeJS.ProcessEnv, defaults: { readonly appId: string }): BackendOptions & { port: number } {
  const missing = ['PORT', 'CITADEL_URL', 'ALLOWED_ORIGIN'].filter((name) => !env[name]);
  if (missing.length > 0) {
    console.error(`${missing.join(', ')} must be set: PORT the port of the app's VITE_BACKEND_ORIGIN, CITADEL_URL the platform's origin, ALLOWED_ORIGIN the app's origin (\`npm start\` sets them)`);
    process.exit(1);
  }
  const port = Number(env['PORT']);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`PORT must be a port number: got ${env['PORT']}`);
    process.exit(1);
  }
  return {
    port,
    citadelUrl: env['CITADEL_URL']!,
    appId: env['APP_ID'] ?? defaults.appId,
    allowedOrigin: env['ALLOWED_ORIGIN']!,
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
