import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createPlatformServer, migrate, openPglite } from '../src/index.js';

const database = await openPglite();
await migrate(database);
afterAll(() => database.close());
const hostDir = mkdtempSync(join(tmpdir(), 'citadel-map-csp-'));
writeFileSync(join(hostDir, 'index.html'), '<!doctype html><title>host</title>');

/** The host page's `img-src` directive on a server started with `mapTileUrl`. */
async function imageSources(mapTileUrl?: string): Promise<string> {
  const server = await createPlatformServer({ hostDir, database, port: 8080, ...(mapTileUrl ? { mapTileUrl } : {}) });
  const csp = (await server.app.request('http://x/', { headers: { host: 'localhost:8080' } })).headers.get('content-security-policy')!;
  return csp.split('; ').find((directive) => directive.startsWith('img-src '))!;
}

// The host's policy follows the map's configuration (VITE_MAP_TILE_URL): the tiles' origin, and no other.
describe('the host\'s img-src and the map tiles', () => {
  it('allows the configured tiles\' origin, without its path', async () => {
    expect(await imageSources('https://tiles.example.vn/hue/{z}/{x}/{y}.png')).toBe("img-src 'self' data: blob: https://tiles.example.vn");
  });

  it('allows no other origin without tiles configured, and refuses to start with a template that is not a URL', async () => {
    expect(await imageSources()).toBe("img-src 'self' data: blob:");
    await expect(imageSources('tiles/{z}/{x}/{y}.png')).rejects.toThrow(/VITE_MAP_TILE_URL/);
  });
});
