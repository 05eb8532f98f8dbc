/// <reference types="vite/client" />

/** What the app's build is configured with (Vite's `import.meta.env`). */
interface ImportMetaEnv {
  /** Its backend's origin, such as `https://api.partner.example.vn`; checked by the web kit's `backendOrigin`. */
  readonly VITE_BACKEND_ORIGIN?: string;
  /** The map's tile URL template, such as `https://tiles.example.vn/{z}/{x}/{y}.png`; unset, the web kit's offline fixture. */
  readonly VITE_MAP_TILE_URL?: string;
  /** The tiles' attribution, shown in the map's corner, such as `© OpenStreetMap`. */
  readonly VITE_MAP_ATTRIBUTION?: string;
}
