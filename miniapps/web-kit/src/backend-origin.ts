/**
 * The build-time variable holding the origin of the app's own backend, such as
 * `https://api.partner.example.vn`. Vite hands `VITE_`-prefixed variables to app code as
 * `import.meta.env.VITE_BACKEND_ORIGIN` and writes their values into the bundle.
 */
import { MAP_TILE_URL_VARIABLE, mapTileOrigin } from './map/tile-url.js';

export const BACKEND_ORIGIN_VARIABLE = 'VITE_BACKEND_ORIGIN';

/** A missing or malformed `VITE_BACKEND_ORIGIN`, at build (the Vite plugin) or at start (the app). */
export class BackendOriginError extends Error {
  override readonly name = 'BackendOriginError';
}

/**
 * The backend origin the app was built with, checked: an `http:` or `https:` origin without a
 * path, such as `https://api.partner.example.vn`. Pass `import.meta.env.VITE_BACKEND_ORIGIN` written out
 * in the app's source, so Vite replaces it. A missing or malformed value throws
 * `BackendOriginError` rather than let the app call a wrong URL.
 */
export function backendOrigin(value: unknown): string {
  const example = `such as ${BACKEND_ORIGIN_VARIABLE}=https://api.partner.example.vn vite build`;
  if (typeof value !== 'string' || value === '') {
    throw new BackendOriginError(`${BACKEND_ORIGIN_VARIABLE} is not set: build the app with its backend's origin, ${example}`);
  }
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  if (!url || (url.protocol !== 'http:' && url.protocol !== 'https:') || url.origin !== value) {
    throw new BackendOriginError(`${BACKEND_ORIGIN_VARIABLE} must be an http(s) origin without a path or trailing slash, ${example}: got ${JSON.stringify(value)}`);
  }
  return value;
}

/**
 * A Vite plugin that fails the build when `VITE_BACKEND_ORIGIN` is missing or malformed, so no
 * bundle ships that would fail in the citizen's browser. Reads the environment Vite resolved
 * (the process environment and `.env` files of the env folder). Given the app's manifest, it also
 * writes the bundle's `manifest.json`: that manifest with `backends` set to the backend's origin,
 * an origin the platform then lets the app's pages connect to besides their own (docs/manifest.md), and the
 * origin of the map tiles (`VITE_MAP_TILE_URL`, checked by `mapTileUrl`) when one is set: the platform's policy for
 * the app lets its pages load images from its `backends`, so the map's tiles load and nothing else does.
 */
export function requireBackendOrigin(manifest?: Readonly<Record<string, unknown>>) {
  let origins: string[] = [];
  return {
    name: 'citadel-backend-origin',
    configResolved(config: { readonly env: Readonly<Record<string, unknown>> }): void {
      const tiles = mapTileOrigin(config.env[MAP_TILE_URL_VARIABLE]);
      const backend = backendOrigin(config.env[BACKEND_ORIGIN_VARIABLE]);
      origins = tiles === undefined || tiles === backend ? [backend] : [backend, tiles];
    },
    generateBundle(this: { emitFile(file: { type: 'asset'; fileName: string; source: string }): string }): void {
      if (!manifest) return;
      this.emitFile({ type: 'asset', fileName: 'manifest.json', source: `${JSON.stringify({ ...manifest, backends: origins }, null, 2)}\n` });
    },
  };
}
