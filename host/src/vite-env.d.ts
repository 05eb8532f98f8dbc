/// <reference types="vite/client" />

/** What the host's build is configured with (Vite's `import.meta.env`). */
interface ImportMetaEnv {
  /**
   * The map's tile URL template, such as `https://tiles.example.vn/{z}/{x}/{y}.png`; the server lets the host load
   * images from its origin when started with the same variable (docs/run-the-platform.md). Unset, alert areas are
   * drawn on a plain grid, with no tiles and no network.
   */
  readonly VITE_MAP_TILE_URL?: string;
  /** The tiles' attribution, shown in the map's corner, such as `© OpenStreetMap`. */
  readonly VITE_MAP_ATTRIBUTION?: string;
}
