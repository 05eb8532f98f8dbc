/** Mean Earth radius in metres (IUGG), the usual one for haversine distances. */
const EARTH_RADIUS_M = 6_371_008.8;

const rad = (deg: number) => (deg * Math.PI) / 180;

/** Great-circle distance between two positions in metres (haversine). */
export function distanceMetres(a: { latitude: number; longitude: number }, b: { latitude: number; longitude: number }): number {
  const dLat = rad(b.latitude - a.latitude);
  const dLon = rad(b.longitude - a.longitude);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.latitude)) * Math.cos(rad(b.latitude)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_M * Math.asin(Math.min(1, Math.sqrt(h)));
}

/** The `limit` items nearest to `from`, each with its whole-metre distance, nearest first. */
export function nearest<T extends { latitude: number; longitude: number }>(
  items: readonly T[],
  from: { latitude: number; longitude: number },
  limit: number,
): Array<T & { distanceM: number }> {
  return items
    .map((item) => ({ ...item, distanceM: Math.round(distanceMetres(from, item)) }))
    .sort((x, y) => x.distanceM - y.distanceM)
    .slice(0, Math.max(0, limit));
}
