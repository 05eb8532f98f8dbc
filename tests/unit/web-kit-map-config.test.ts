import { describe, expect, it } from 'vitest';
import { requireBackendOrigin } from '../../miniapps/web-kit/src/backend-origin.js';
import { mapTileOrigin, mapTileUrl, MapTileUrlError } from '../../miniapps/web-kit/src/map/tile-url.js';

/** The bundle manifest the web kit's Vite plugin writes for a build with `env`. */
function builtManifest(env: Record<string, string>): { backends: string[] } {
  const plugin = requireBackendOrigin({ id: 'reporting' });
  plugin.configResolved({ env });
  let written = '';
  plugin.generateBundle.call({ emitFile: (file) => { written = file.source; return 'manifest.json'; } });
  return JSON.parse(written) as { backends: string[] };
}

// The map's tiles are build-time configuration, and the app's policy follows them through the manifest's `backends`.
describe('the web kit\'s map configuration (VITE_MAP_TILE_URL)', () => {
  it('adds the tiles\' origin to the bundle manifest\'s backends, after the backend\'s', () => {
    expect(builtManifest({ VITE_BACKEND_ORIGIN: 'http://localhost:8091', VITE_MAP_TILE_URL: 'https://tiles.example.vn/hue/{z}/{x}/{y}.png' }).backends)
      .toEqual(['http://localhost:8091', 'https://tiles.example.vn']);
    expect(builtManifest({ VITE_BACKEND_ORIGIN: 'http://localhost:8091' }).backends).toEqual(['http://localhost:8091']);
    expect(builtManifest({ VITE_BACKEND_ORIGIN: 'http://localhost:8091', VITE_MAP_TILE_URL: 'http://localhost:8091/tiles/{z}/{x}/{y}.png' }).backends)
      .toEqual(['http://localhost:8091']);
  });

  it('takes an https (or loopback http) template with {z}, {x} and {y}, none for the offline fixture, and names the variable otherwise', () => {
    expect(mapTileUrl(undefined)).toBeUndefined();
    expect(mapTileUrl('')).toBeUndefined();
    expect(mapTileOrigin('https://tiles.example.vn/{z}/{x}/{y}.png')).toBe('https://tiles.example.vn');
    for (const bad of ['https://tiles.example.vn/{z}/{x}.png', 'ftp://tiles.example.vn/{z}/{x}/{y}.png', 'http://tiles.example.vn/{z}/{x}/{y}.png', '/tiles/{z}/{x}/{y}.png', 42]) {
      expect(() => mapTileUrl(bad)).toThrow(MapTileUrlError);
      expect(() => mapTileUrl(bad)).toThrow(/VITE_MAP_TILE_URL/);
    }
    expect(() => builtManifest({ VITE_BACKEND_ORIGIN: 'http://localhost:8091', VITE_MAP_TILE_URL: 'tiles' })).toThrow(MapTileUrlError);
  });
});
