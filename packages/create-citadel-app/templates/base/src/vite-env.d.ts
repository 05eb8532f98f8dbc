/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Your backend's origin, such as `https://api.example.vn`; unset for an app without a backend. */
  readonly VITE_BACKEND_ORIGIN?: string;
}
