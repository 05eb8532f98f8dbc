/**
 * Vite's build options for the platform's own pages (the host PWA, the developer console), which the server serves
 * under `script-src 'self'`: no inline script, so no inlined module-preload polyfill and no asset inlined as a data URL.
 */
export const pageBuild = {
  outDir: 'dist',
  emptyOutDir: true,
  target: 'es2022',
  modulePreload: { polyfill: false },
  assetsInlineLimit: 0,
};
