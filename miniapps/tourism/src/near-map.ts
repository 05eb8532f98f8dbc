import { el, mapTileUrl, openMap, type MapPin } from '@citadel-miniapp/web-kit';
import type { AppContext } from './app-context.js';

/** The tiles the app was built with (`VITE_MAP_TILE_URL`), else the kit's offline fixture. */
const TILES = mapTileUrl(import.meta.env.VITE_MAP_TILE_URL);

/**
 * "Near me" on a map (loaded when first shown): the citizen's position as a blue dot and each place and toilet as a
 * pin with its name beside it, zoomed to show them all.
 */
export function nearMap(ctx: AppContext, here: { latitude: number; longitude: number }, pins: readonly MapPin[]): HTMLElement {
  const box = el('div', { 'data-testid': 'near-map' });
  openMap(box, { tileUrl: TILES, attribution: import.meta.env.VITE_MAP_ATTRIBUTION, center: here, title: ctx.t.map })
    .then((map) => {
      map.position(here.latitude, here.longitude, ctx.t.you);
      for (const pin of pins) map.pin(pin);
      map.fit();
    })
    // The list beside it says the same: without its map (a chunk that failed to load), the view still works.
    .catch(() => { box.hidden = true; });
  return box;
}
