/** How the app is started (`startApp` in `app.ts`). */
export interface AppOptions {
  /** Your backend's origin; without one, signing in stops at the host's token. */
  readonly backendOrigin?: string | undefined;
}
