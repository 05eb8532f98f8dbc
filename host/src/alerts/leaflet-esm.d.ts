// Leaflet's ES module build has `leaflet`'s API (its types), without the UMD wrapper.
declare module 'leaflet/dist/leaflet-src.esm.js' {
  export * from 'leaflet';
}
