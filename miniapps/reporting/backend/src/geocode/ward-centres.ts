/** A ward of Huế and a point near its middle (WGS 84 degrees). */
export interface WardCentre {
  readonly ward: string;
  readonly latitude: number;
  readonly longitude: number;
}

/**
 * The 28 wards the platform knows for Huế (`DEVELOPMENT_CITY` in packages/server/src/alerts/city.ts; a test keeps the
 * names equal), each with a point near its middle, read off a city map to about 300 m. Used only when the configured
 * geocoder does not answer: the nearest centre names the ward, which is right away from ward boundaries and a
 * neighbour near them, so the app calls it approximate.
 */
export const WARD_CENTRES: readonly WardCentre[] = [
  { ward: 'An Cựu', latitude: 16.4555, longitude: 107.6020 },
  { ward: 'An Đông', latitude: 16.4560, longitude: 107.6160 },
  { ward: 'An Hòa', latitude: 16.4880, longitude: 107.5600 },
  { ward: 'An Tây', latitude: 16.4330, longitude: 107.6030 },
  { ward: 'Hương Long', latitude: 16.4610, longitude: 107.5430 },
  { ward: 'Hương Sơ', latitude: 16.4930, longitude: 107.5700 },
  { ward: 'Hương Vinh', latitude: 16.4970, longitude: 107.5850 },
  { ward: 'Kim Long', latitude: 16.4640, longitude: 107.5580 },
  { ward: 'Phú Bình', latitude: 16.4820, longitude: 107.5790 },
  { ward: 'Phú Cát', latitude: 16.4760, longitude: 107.5900 },
  { ward: 'Phú Hậu', latitude: 16.4830, longitude: 107.5930 },
  { ward: 'Phú Hiệp', latitude: 16.4790, longitude: 107.5980 },
  { ward: 'Phú Hội', latitude: 16.4660, longitude: 107.5970 },
  { ward: 'Phú Nhuận', latitude: 16.4610, longitude: 107.5930 },
  { ward: 'Phú Thuận', latitude: 16.4770, longitude: 107.5840 },
  { ward: 'Phước Vĩnh', latitude: 16.4545, longitude: 107.5895 },
  { ward: 'Phường Đúc', latitude: 16.4510, longitude: 107.5770 },
  { ward: 'Tây Lộc', latitude: 16.4810, longitude: 107.5690 },
  { ward: 'Thuận Hòa', latitude: 16.4700, longitude: 107.5690 },
  { ward: 'Thuận Lộc', latitude: 16.4770, longitude: 107.5750 },
  { ward: 'Thuận Thành', latitude: 16.4700, longitude: 107.5790 },
  { ward: 'Thủy Biều', latitude: 16.4400, longitude: 107.5560 },
  { ward: 'Thủy Vân', latitude: 16.4620, longitude: 107.6300 },
  { ward: 'Thủy Xuân', latitude: 16.4330, longitude: 107.5770 },
  { ward: 'Trường An', latitude: 16.4460, longitude: 107.5880 },
  { ward: 'Vĩnh Ninh', latitude: 16.4640, longitude: 107.5860 },
  { ward: 'Vỹ Dạ', latitude: 16.4730, longitude: 107.6060 },
  { ward: 'Xuân Phú', latitude: 16.4660, longitude: 107.6080 },
];

/** The ward whose centre is nearest `latitude`, `longitude` (equirectangular distance: fine across one city). */
export function nearestWard(latitude: number, longitude: number): string {
  const k = Math.cos((latitude * Math.PI) / 180);
  let best = WARD_CENTRES[0]!;
  let bestSquared = Infinity;
  for (const centre of WARD_CENTRES) {
    const squared = ((centre.longitude - longitude) * k) ** 2 + (centre.latitude - latitude) ** 2;
    if (squared < bestSquared) [best, bestSquared] = [centre, squared];
  }
  return best.ward;
}
