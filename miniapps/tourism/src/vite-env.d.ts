/// <reference types="vite/client" />

/** What the app's build is configured with (Vite's `import.meta.env`). */
interface ImportMetaEnv {
  /** Its backend's origin, such as `https://api.partner.example.vn`; checked by the web kit's `backendOrigin`. */
  readonly VITE_BACKEND_ORIGIN?: string;
}
