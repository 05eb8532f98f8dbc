// What the repository's tests, benches and the host's browser tests start the server with; the
// process itself starts from main.ts, the operator's tools from cli.ts.
export { createPlatformServer, type PlatformServer, type PlatformServerOptions, type ListeningServer } from './create-platform-server.js';
export { createRegistryAdmin } from './app-registry.js';
export { demoApps, DEMO_APP_FOLDERS } from './demo-apps.js';
export { DEVELOPMENT_CITY, type City } from './alerts/city.js';
export { defaultHostedCacheLimits, type HostedCacheLimits } from './publishing/hosted-cache-limits.js';
export { openDatabase, type DatabaseConfig } from './db/open.js';
export { openPglite } from './db/pglite.js';
export { migrate } from './db/migrate.js';
export type { Database } from './db/database.js';
