import { LitElement, css, html, type PropertyValues } from 'lit';
import type { PublishedAlert } from '@citadel/protocol/api';

type Ring = PublishedAlert['area']['polygons'][number];

/**
 * An alert's polygons on a Leaflet map, loaded with its stylesheet when the first area is drawn (the alert screens'
 * chunk stays small). Tiles come from `VITE_MAP_TILE_URL`; without it the polygons are drawn on a plain grid (a Leaflet grid layer), so the
 * host needs no tile server and no internet. Leaflet's styles go into this element's shadow root, where its map is.
 */
export class CitadelAreaMap extends LitElement {
  static override properties = { polygons: { attribute: false }, label: {} };

  static override styles = css`
    :host { display: block; }
    /* The alert's severity colour (set on the detail card) over Leaflet's stroke and fill attributes. */
    path.alert-polygon { stroke: var(--sev, #b3261e); fill: var(--sev, #b3261e); }
    .map { height: 240px; border-radius: 12px; overflow: hidden; z-index: 0; background: color-mix(in srgb, CanvasText 4%, Canvas); }
    /* Without tiles: a square grid that pans and zooms with the map, so moving it still reads as moving. */
    .grid-tile { box-sizing: border-box; border-right: 1px solid rgb(128 128 128 / 22%); border-bottom: 1px solid rgb(128 128 128 / 22%); }
  `;

  /** The rings to draw, `[latitude, longitude]` points as CAP writes them. */
  declare polygons: readonly Ring[];
  /** The map's accessible name. */
  declare label: string;
  #drawn: { remove(): void } | undefined;

  constructor() {
    super();
    this.polygons = [];
    this.label = '';
  }

  override render() {
    return html`<div class="map" role="region" aria-label=${this.label} data-testid="alert-area-map"></div>`;
  }

  override updated(changed: PropertyValues<this>) {
    if (changed.has('polygons')) void this.#draw(this.polygons);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.#drawn?.remove();
    this.#drawn = undefined;
  }

  async #draw(rings: readonly Ring[]) {
    const [L, { default: leafletCss }] = await Promise.all([import('leaflet/dist/leaflet-src.esm.js'), import('leaflet/dist/leaflet.css?inline')]);
    const box = this.renderRoot.querySelector<HTMLElement>('.map');
    if (!box || rings !== this.polygons || rings.length === 0) return;
    if (!this.renderRoot.querySelector('style[data-leaflet]')) {
      const style = document.createElement('style');
      style.dataset['leaflet'] = '';
      style.textContent = leafletCss;
      this.renderRoot.prepend(style);
    }
    this.#drawn?.remove();
    const still = matchMedia('(prefers-reduced-motion: reduce)').matches;
    const map = L.map(box, { zoomAnimation: !still, fadeAnimation: !still, attributionControl: Boolean(import.meta.env.VITE_MAP_TILE_URL) });
    this.#drawn = map;
    const tiles = import.meta.env.VITE_MAP_TILE_URL;
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 19, attribution: import.meta.env.VITE_MAP_ATTRIBUTION ?? '' }).addTo(map);
    } else {
      new (class extends L.GridLayer {
        protected override createTile(): HTMLElement {
          return Object.assign(document.createElement('div'), { className: 'grid-tile' });
        }
      })({ tileSize: 64 }).addTo(map);
    }
    const shapes = rings.map((ring) => L.polygon(ring.map(([lat, lon]) => L.latLng(lat, lon)), {
      color: '#b3261e', weight: 2, fillOpacity: 0.25, interactive: false, className: 'alert-polygon',
    }).addTo(map));
    map.fitBounds(L.featureGroup(shapes).getBounds(), { padding: [16, 16], animate: false });
  }
}
