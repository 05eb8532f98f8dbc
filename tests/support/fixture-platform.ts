import { resolve } from 'node:path';
import { createPlatformServer, openDatabase } from '@citadel/server';
import type { Manifest } from '@citadel/protocol';

// The host's pages and the apps' bundle, built apart (tests/vite.config.ts).
const hostDist = resolve(import.meta.dirname, '../fixtures/dist/host');
const appsDist = resolve(import.meta.dirname, '../fixtures/dist/apps');
const reason = (en: string) => ({ vi: `Lý do: ${en}`, en });

/** A fixture manifest; the server rewrites `entry` to the app's real origin. */
export function fixtureManifest(id: string, permissions: Manifest['permissions'] = []): Manifest {
  return {
    id,
    version: '1.0.0',
    name: { vi: `Ứng dụng ${id}`, en: `App ${id}` },
    description: { vi: 'Ứng dụng thử nghiệm', en: 'Test fixture' },
    icons: [{ src: '/icon.svg', sizes: 'any' }],
    entry: `http://${id}.apps.localhost/app.html`,
    category: 'public-services',
    permissions,
    minProtocol: '1.0',
  };
}

/** The fixture apps: `good` declares location, `bare` declares nothing, `evil` is the other origin attacks come from. */
export const fixtureApps = [
  fixtureManifest('good', [{ name: 'location', reason: reason('to show services near you') }]),
  fixtureManifest('bare'),
  fixtureManifest('evil'),
  { ...fixtureManifest('bench'), entry: 'http://bench.apps.localhost/bench-app.html' },
];

/** Starts the real platform server on a free port, serving the fixtures on the host origin and each app origin. */
export async function startFixturePlatform() {
  const database = await openDatabase({ kind: 'pglite' });
  const server = await createPlatformServer({
    hostDir: hostDist,
    database,
    apps: fixtureApps.map((manifest) => ({ manifest, dir: appsDist })),
    port: 0,
  });
  const listening = await server.listen();
  const origin = (id: string) => `http://${id}.apps.localhost:${listening.port}`;
  return {
    ...listening,
    server,
    hostOrigin: `http://localhost:${listening.port}`,
    origin,
    close: async () => {
      await listening.close();
      await database.close();
    },
  };
}
