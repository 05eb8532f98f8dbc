/** The Earth's mean radius in kilometres (IUGG), the sphere `circleToRing` and its tests measure on. */
export const EARTH_RADIUS_KM = 6371.0088;

/** The largest radius a circle may have: half the Earth's circumference (≈ 20 015 km); beyond it the "circle" covers the globe. */
export const MAX_CIRCLE_RADIUS_KM = Math.PI * EARTH_RADIUS_KM;

const toRadians = (degrees: number) => (degrees * Math.PI) / 180;
const toDegrees = (radians: number) => (radians * 180) / Math.PI;
// 6 decimals is about 0.1 m: far below what an alert area needs, and keeps the JSON short.
const round6 = (value: number) => Math.round(value * 1e6) / 1e6;

/**
 * Approximates a circle on the Earth's surface (CAP 1.2 `<circle>`) by a closed ring of `[lat, lon]` points.
 *
 * Each vertex is the great-circle destination from the centre at `radiusKm` along an evenly spaced bearing,
 * clockwise from due north, so longitude offsets grow as `1 / cos(latitude)` away from the equator and every
 * vertex lies at `radiusKm` haversine distance from the centre. Coordinates are rounded to 6 decimals and
 * longitudes wrapped into [-180, 180]; rings that cross the antimeridian are not split.
 *
 * @param lat centre latitude in WGS 84 degrees, -90..90
 * @param lon centre longitude in WGS 84 degrees, -180..180
 * @param radiusKm radius in kilometres, more than 0 and at most `MAX_CIRCLE_RADIUS_KM`
 * @param points number of distinct vertices, an integer of at least 3; default 32
 * @returns `points + 1` pairs: the last repeats the first, so the ring is closed
 * @throws RangeError when an argument is out of range (callers parsing untrusted input check first)
 */
export function circleToRing(lat: number, lon: number, radiusKm: number, points = 32): Array<[number, number]> {
  if (!(Math.abs(lat) <= 90) || !(Math.abs(lon) <= 180)) throw new RangeError(`centre ${lat},${lon} is not a WGS 84 point`);
  if (!(radiusKm > 0 && radiusKm <= MAX_CIRCLE_RADIUS_KM)) throw new RangeError(`radius ${radiusKm} km is not in (0, ${MAX_CIRCLE_RADIUS_KM}]`);
  if (!Number.isInteger(points) || points < 3) throw new RangeError(`points ${points} is not an integer of at least 3`);

  const phi1 = toRadians(lat);
  const lambda1 = toRadians(lon);
  const delta = radiusKm / EARTH_RADIUS_KM;
  const ring: Array<[number, number]> = [];
  for (let i = 0; i < points; i++) {
    const theta = (2 * Math.PI * i) / points;
    const sinPhi2 = Math.sin(phi1) * Math.cos(delta) + Math.cos(phi1) * Math.sin(delta) * Math.cos(theta);
    const phi2 = Math.asin(Math.min(1, Math.max(-1, sinPhi2)));
    const lambda2 = lambda1 + Math.atan2(
      Math.sin(theta) * Math.sin(delta) * Math.cos(phi1),
      Math.cos(delta) - Math.sin(phi1) * sinPhi2,
    );
    const wrapped = ((toDegrees(lambda2) + 540) % 360) - 180;
    ring.push([round6(toDegrees(phi2)), round6(wrapped)]);
  }
  ring.push([ring[0]![0], ring[0]![1]]);
  return ring;
}
