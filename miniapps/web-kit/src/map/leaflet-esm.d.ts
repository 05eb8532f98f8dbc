// Leaflet's ES module build: the same API as `leaflet`, without its UMD wrapper.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
// Stylesheets (Leaflet's and the kit's map.css), which the app's bundler (Vite) loads beside the map's lazy chunk.
declare module '*.css';
