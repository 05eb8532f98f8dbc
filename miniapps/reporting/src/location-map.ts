import { el, mapTileUrl, openMap, type KitMap } from '@citadel-miniapp/web-kit';
import type { AppContext } from './app-context.js';
import { MAP_WORDS } from './map-words.js';

/** The tiles the app was built with (`VITE_MAP_TILE_URL`), else the kit's offline fixture. */
const TILES = mapTileUrl(import.meta.env.VITE_MAP_TILE_URL);

/** Huế's centre, where the map opens when the host gives no position: the citizen then taps the spot. */
const HUE = { latitude: 16.4637, longitude: 107.5909 };

/**
 * Where the problem is, on a real map (loaded on first use): the citizen's position from the host as a blue dot, the
 * report's pin (labelled) on it, moved by a tap; under it the pin's coordinates and its street and ward, from the
 * backend's reverse geocoding (`GET /address`).
 */
export function createLocationMap(ctx: AppContext, onChange: (latitude: number, longitude: number) => void) {
  const words = MAP_WORDS[ctx.lang];
  const box = el('div', { 'data-testid': 'report-map' });
  const coordinates = el('p', { class: 'hint', 'data-testid': 'position' });
  const address = el('p', { 'data-testid': 'address', 'aria-live': 'polite' });
  let opened: Promise<{ map: KitMap; move: (latitude: number, longitude: number) => void }> | undefined;
  let asked = 0;

  const lookUp = async (latitude: number, longitude: number) => {
    const mine = ++asked;
    address.textContent = words.lookingUp;
    address.removeAttribute('data-source');
    try {
      const found = await ctx.api.address(latitude, longitude);
      if (mine !== asked) return;
      address.textContent = [found.street, found.ward].filter(Boolean).join(', ') + (found.source === 'wards' ? ` ${words.approximate}` : '');
      address.dataset['source'] = found.source;
    } catch {
      // The position alone still files the report: the address is a help, not a requirement.
      if (mine === asked) address.textContent = '';
    }
  };
  const open = (centre: { latitude: number; longitude: number }) => opened ??= openMap(box, { tileUrl: TILES, attribution: import.meta.env.VITE_MAP_ATTRIBUTION, center: centre, zoom: 17, title: words.map })
    .then((map) => {
      const move = map.pin({ ...centre, label: words.reportHere, kind: 'report' });
      map.onTap((latitude, longitude) => void moveTo(latitude, longitude));
      return { map, move };
    });
  const moveTo = async (latitude: number, longitude: number) => {
    (await open({ latitude, longitude })).move(latitude, longitude);
    coordinates.textContent = `${latitude.toFixed(5)}, ${longitude.toFixed(5)}`;
    onChange(latitude, longitude);
    await lookUp(latitude, longitude);
  };

  return {
    element: el('div', {}, box, coordinates, address),
    /** The host's position: the blue dot, and the pin moved there. */
    async here(latitude: number, longitude: number): Promise<void> {
      const { map } = await open({ latitude, longitude });
      map.position(latitude, longitude, words.youAreHere);
      map.centre(latitude, longitude);
      await moveTo(latitude, longitude);
    },
    /** No position from the host: the map opens on the city, for the citizen to tap the spot. */
    async chooseByHand(): Promise<void> {
      await open(HUE);
    },
  };
}
