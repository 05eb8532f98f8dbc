import type { AlertArea } from '@citadel/protocol/api';

/** The box around every polygon of an area, so the point-in-polygon test runs only on positions inside it. */
function boundingBox(polygons: AlertArea['polygons']) {
  const points = polygons.flat();
  if (points.length === 0) return null;
  return {
    minLat: Math.min(...points.map((p) => p[0])), maxLat: Math.max(...points.map((p) => p[0])),
    minLon: Math.min(...points.map((p) => p[1])), maxLon: Math.max(...points.map((p) => p[1])),
  };
}

/**
 * The citizens an area reaches, as one `SELECT citizen_id` (with repeats: a citizen may match more
 * than once) whose parameters are numbered from `$first`: everyone when `wholeCity`; every citizen
 * whose verified ward, or declared home or work ward, is one of the area's wards (compared by
 * `citadel_place_key`, so diacritics and the "Phường" prefix do not matter); every citizen whose
 * shared position lies in one of its polygons. The fan-out and the reach preview share it, so the
 * console's expected reach counts exactly whom sending would reach.
 */
export function areaTargets(area: AlertArea, first: number): { sql: string; params: unknown[] } {
  const box = boundingBox(area.polygons);
  const $ = (n: number) => `$${first + n}`;
  const wardKeys = `(SELECT citadel_place_key(w) FROM unnest(${$(1)}::text[]) w)`;
  return {
    sql: `SELECT c.id AS citizen_id FROM citizens c WHERE ${$(0)}::boolean
      UNION ALL
      SELECT c.id FROM citizens c WHERE c.ward_key IN ${wardKeys}
      UNION ALL
      SELECT d.citizen_id FROM citizen_wards d WHERE d.ward_key IN ${wardKeys}
      UNION ALL
      SELECT l.citizen_id FROM citizen_locations l
      WHERE ${$(2)}::boolean AND l.latitude BETWEEN ${$(3)} AND ${$(4)} AND l.longitude BETWEEN ${$(5)} AND ${$(6)}
        AND EXISTS (SELECT 1 FROM jsonb_array_elements(${$(7)}::jsonb) ring WHERE citadel_point_in_ring(l.latitude, l.longitude, ring))`,
    params: [area.wholeCity === true, area.wards, box !== null, box?.minLat ?? 0, box?.maxLat ?? 0, box?.minLon ?? 0, box?.maxLon ?? 0,
      JSON.stringify(area.polygons)],
  };
}
