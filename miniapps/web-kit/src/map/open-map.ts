import { FIXTURE_ATTRIBUTION, fixtureTileUrl } from './fixture-tiles.js';

/** A labelled pin: `kind` is its look (and its `data-kind`), the label shows beside it at all times. */
export interface MapPin {
  readonly latitude: number;
  readonly longitude: number;
  readonly label: string;
  /** Default `place`. */
  readonly kind?: string;
}

/** What `openMap` takes. */
export interface MapOptions {
  /** The checked `VITE_MAP_TILE_URL` (`mapTileUrl`); `undefined` draws the offline fixture tiles. */
  readonly tileUrl: string | undefined;
  /** Shown in the map's corner for configured tiles (`VITE_MAP_ATTRIBUTION`), such as `© OpenStreetMap`. Default none. */
  readonly attribution?: string | undefined;
  /** Where the map opens, before any pin. */
  readonly center: { readonly latitude: number; readonly longitude: number };
  /** Default 15 (a few streets). */
  readonly zoom?: number;
  /** The map's accessible name. */
  readonly title: string;
}

/** A map in the page: pins with labels, the citizen's position, taps. */
export interface KitMap {
  /** Adds a pin with its label; answers a function moving it. */
  pin(pin: MapPin): (latitude: number, longitude: number) => void;
  /** Shows the citizen's position as a dot with its label (again: moves it). */
  position(latitude: number, longitude: number, label: string): void;
  /** Centres on a point, keeping the zoom. */
  centre(latitude: number, longitude: number): void;
  /** Zooms to show every pin and the position. */
  fit(): void;
  /** Calls `tap` with the position of every tap (or click) on the map; answers the unsubscribe function. */
  onTap(tap: (latitude: number, longitude: number) => void): () => void;
  /** Takes the map out of the page. */
  remove(): void;
}

/**
 * Opens a Leaflet map in `container` (the kit's `map.css`, loaded with it, gives it a phone's width and 300 px). Leaflet and
 * its stylesheet load here, on first use, so an app's first screen does not carry them (about 40 KB gzip). Tiles come
 * from `tileUrl`, whose origin the app's policy allows (the kit's Vite plugin adds it to the manifest's `backends`),
 * or from the offline fixture.
 */
export async function openMap(container: HTMLElement, options: MapOptions): Promise<KitMap> {
  const [L] = await Promise.all([import('leaflet/dist/leaflet-src.esm.js'), import('leaflet/dist/leaflet.css'), import('../../map.css')]);
  container.classList.add('kit-map');
  container.setAttribute('role', 'region');
  container.setAttribute('aria-label', options.title);
  // A citizen who asked for less motion gets no zoom or fade animation.
  const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
  const map = L.map(container, {
    center: [options.center.latitude, options.center.longitude], zoom: options.zoom ?? 15, zoomAnimation: !still, fadeAnimation: !still, markerZoomAnimation: !still,
  });
  if (options.tileUrl === undefined) {
    const fixture = L.tileLayer('', { attribution: FIXTURE_ATTRIBUTION, maxZoom: 19 });
    fixture.getTileUrl = (c) => fixtureTileUrl(c.z, c.x, c.y);
    fixture.addTo(map);
  } else {
    L.tileLayer(options.tileUrl, { maxZoom: 19, ...(options.attribution ? { attribution: options.attribution } : {}) }).addTo(map);
  }
  const points: Array<[number, number]> = [];
  let here: ReturnType<typeof L.circleMarker> | undefined;
  const icon = (kind: string) => {
    const dot = document.createElement('span');
    dot.className = `kit-pin kit-pin-${kind}`;
    dot.dataset['kind'] = kind;
    dot.dataset['testid'] = 'map-pin';
    return L.divIcon({ html: dot, className: 'kit-pin-box', iconSize: [18, 18], iconAnchor: [9, 9] });
  };
  // Pins' labels above them, the position's below it: a pin on the citizen's position keeps both readable.
  const label = (text: string, kind: string, below = false) =>
    L.tooltip({ permanent: true, direction: below ? 'bottom' : 'top', offset: [0, below ? 8 : -8], className: `kit-map-label ${kind}` }).setContent(text);
  return {
    pin({ latitude, longitude, label: text, kind = 'place' }) {
      const marker = L.marker([latitude, longitude], { icon: icon(kind), keyboard: false, interactive: false, title: text }).bindTooltip(label(text, 'kit-pin-label')).addTo(map);
      const at = points.push([latitude, longitude]) - 1;
      return (lat, lon) => {
        marker.setLatLng([lat, lon]);
        points[at] = [lat, lon];
      };
    },
    position(latitude, longitude, text) {
      if (here) {
        here.setLatLng([latitude, longitude]);
        here.setTooltipContent(text);
        return;
      }
      here = L.circleMarker([latitude, longitude], { radius: 8, color: '#fff', weight: 3, fillColor: '#1a73e8', fillOpacity: 1, interactive: false, className: 'kit-here' })
        .bindTooltip(label(text, 'kit-here-label', true)).addTo(map);
    },
    centre: (latitude, longitude) => { map.panTo([latitude, longitude], { animate: false }); },
    fit() {
      // The container may have been laid out after the map was made: measure it again first.
      map.invalidateSize({ animate: false });
      const all = here ? [...points, [here.getLatLng().lat, here.getLatLng().lng] as [number, number]] : points;
      if (all.length > 0) map.fitBounds(L.latLngBounds(all), { padding: [36, 36], maxZoom: 16, animate: false });
    },
    onTap(tap) {
      const handler = (event: { latlng: { lat: number; lng: number } }) => tap(event.latlng.lat, event.latlng.lng);
      map.on('click', handler);
      return () => { map.off('click', handler); };
    },
    remove: () => { map.remove(); },
  };
}
