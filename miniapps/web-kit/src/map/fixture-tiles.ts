/**
 * The offline fixture map: every tile drawn here as a small SVG `data:` image, so a map works with no tile server and
 * no internet (`npm start`, the tests, a train). Land in a pale green, a block grid in white every 64 px, and, from
 * zoom 15, the tile's own `z/x/y` in a corner, so nobody mistakes it for a real map.
 */
export function fixtureTileUrl(z: number, x: number, y: number): string {
  const streets = [64, 128, 192].map((at) => `M${at} 0V256M0 ${at}H256`).join('');
  const key = z >= 15 ? `<text x="6" y="250" font-family="sans-serif" font-size="10" fill="#8a9a80">${z}/${x}/${y}</text>` : '';
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="#eef2e6"/>`
    + `<path d="${streets}" stroke="#fff" stroke-width="${z >= 15 ? 6 : 3}"/><path d="M0 0H256V256" fill="none" stroke="#dfe5d6"/>${key}</svg>`;
  return `data:image/svg+xml,${encodeURIComponent(svg)}`;
}

/** The attribution of the fixture, shown in the map's corner. */
export const FIXTURE_ATTRIBUTION = 'Offline fixture map';
