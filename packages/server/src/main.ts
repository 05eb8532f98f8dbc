// `node packages/server/dist/main.js`: serves the built host and every built mini-app in miniapps/.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { createPlatformServer } from './create-platform-server.js';
import { discoverApps } from './discover.js';

const repo = resolve(import.meta.dirname, '../../..');
const hostDir = resolve(repo, 'host/dist');
if (!existsSync(resolve(hostDir, 'index.html'))) {
  console.error(`The host is not built (${hostDir} is missing). Run \`npm start\`, which builds first.`);
  process.exit(1);
}

const apps = discoverApps(resolve(repo, 'miniapps'));

const port = Number(process.env.PORT ?? 8080);
const server = createPlatformServer({ hostDir, apps, port, ...(process.env.HOST ? { hostname: process.env.HOST } : {}) });
const listening = await server.listen();
console.log(`\nCitadel is running at ${listening.url}\n`);
for (const manifest of await server.registry.list()) console.log(`  ${manifest.name.vi.padEnd(28)} ${manifest.entry}`);
console.log('\nPress Ctrl+C to stop.');
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => void listening.close().then(() => process.exit(0)));
}
