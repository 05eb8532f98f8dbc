/// <reference types="vite/client" />

/** What the app's build is configured with (Vite's `import.meta.env`). */
interface ImportMetaEnv {
  /** Its backend's origin, such as `https://api.partner.example.vn`; checked by the web kit's `backendOrigin`. */
  readonly VITE_BACKEND_ORIGIN?: string;
  /** The map's tile URL template (`{z}`, `{x}`, `{y}`); unset, the web kit's offline fixture tiles. */
  readonly VITE_MAP_TILE_URL?: string;
  /** The tiles' attribution, shown in the map's corner. */
  readonly VITE_MAP_ATTRIBUTION?: string;
}
