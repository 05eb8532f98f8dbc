/**
 * The build-time variable holding the map's tile URL template, such as
 * `https://tiles.example.vn/{z}/{x}/{y}.png`. Unset, the maps draw the kit's offline fixture tiles
 * (`fixtureTileUrl`), so `npm start` and the tests need no internet.
 */
export const MAP_TILE_URL_VARIABLE = 'VITE_MAP_TILE_URL';

/** A malformed `VITE_MAP_TILE_URL`, at build (the Vite plugin) or at start (the app). */
export class MapTileUrlError extends Error {
  override readonly name = 'MapTileUrlError';
}

/**
 * The tile URL template the app was built with, checked: an `https` URL (`http` on localhost) holding `{z}`, `{x}` and `{y}`;
 * `undefined` when unset (the offline fixture). Pass `import.meta.env.VITE_MAP_TILE_URL` written out in
 * the app's source, so Vite replaces it. A malformed value throws `MapTileUrlError` naming the variable.
 */
export function mapTileUrl(value: unknown): string | undefined {
  if (value === undefined || value === '') return undefined;
  const example = `such as ${MAP_TILE_URL_VARIABLE}=https://tiles.example.vn/{z}/{x}/{y}.png`;
  if (typeof value !== 'string' || !['{z}', '{x}', '{y}'].every((part) => value.includes(part))) {
    throw new MapTileUrlError(`${MAP_TILE_URL_VARIABLE} must be a tile URL template with {z}, {x} and {y}, ${example}: got ${JSON.stringify(value)}`);
  }
  let url: URL | undefined;
  try {
    url = new URL(value);
  } catch {
    url = undefined;
  }
  // As a manifest's `backends` (where the plugin puts its origin): https, or http on this machine only.
  const local = url !== undefined && (['localhost', '127.0.0.1', '[::1]'].includes(url.hostname) || url.hostname.endsWith('.localhost'));
  if (!url || !(url.protocol === 'https:' || (url.protocol === 'http:' && local))) {
    throw new MapTileUrlError(`${MAP_TILE_URL_VARIABLE} must be an https URL (http only on localhost), ${example}: got ${JSON.stringify(value)}`);
  }
  return value;
}

/** The origin the tiles of `VITE_MAP_TILE_URL` come from, which the app's policy must allow images from; none for the fixture. */
export function mapTileOrigin(value: unknown): string | undefined {
  const template = mapTileUrl(value);
  return template === undefined ? undefined : new URL(template).origin;
}
