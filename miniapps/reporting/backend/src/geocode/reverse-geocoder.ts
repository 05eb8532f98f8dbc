import { nearestWard } from './ward-centres.js';

/** A position in words: its street when known, its ward, and where the ward came from. */
export interface Address {
  /** The street, from the geocoder; `null` when it named none or did not answer. */
  readonly street: string | null;
  /** The ward as citizens write it, such as `Phường Phú Hội`. */
  readonly ward: string;
  /** `geocoder`: the configured provider named the ward; `wards`: the nearest of the city's ward centres (approximate). */
  readonly source: 'geocoder' | 'wards';
}

/** What `createReverseGeocoder` takes. */
export interface ReverseGeocoderOptions {
  /**
   * A Nominatim-compatible reverse endpoint (`GEOCODER_URL`), such as `https://nominatim.example.vn/reverse`: asked
   * `GET <url>?format=jsonv2&lat=…&lon=…&zoom=18&addressdetails=1&accept-language=vi`, it answers JSON whose
   * `address.road` is the street and `address.quarter`, `address.suburb` or `address.city_district` the ward
   * (docs/examples/reporting.md). Default none: every answer comes from the ward centres.
   */
  readonly url?: string | undefined;
  /** How long to wait for the geocoder before falling back. Default 3000 ms. */
  readonly timeoutMs?: number;
  readonly fetch?: typeof fetch;
}

const WARD_FIELDS = ['quarter', 'suburb', 'city_district'] as const;

const asWard = (name: string) => (/^(phường|xã)\s/iu.test(name) ? name : `Phường ${name}`);

/** The street and ward of the geocoder's answer, or `undefined` when it holds no ward. */
function readAnswer(body: unknown): { street: string | null; ward: string } | undefined {
  const address = (body as { address?: Record<string, unknown> } | null)?.address;
  if (typeof address !== 'object' || address === null) return undefined;
  const text = (value: unknown) => (typeof value === 'string' && value.trim() !== '' ? value.trim().slice(0, 120) : undefined);
  const ward = WARD_FIELDS.map((field) => text(address[field])).find((value) => value !== undefined);
  return ward === undefined ? undefined : { street: text(address['road']) ?? null, ward: asWard(ward) };
}

/**
 * Turns a position into a street and a ward through the configured geocoder, falling back to the nearest of the city's
 * ward centres when none is configured or it fails: no answer in time, a status other than 200, or no ward in it.
 */
export function createReverseGeocoder(options: ReverseGeocoderOptions = {}) {
  const get = options.fetch ?? fetch;
  const timeoutMs = options.timeoutMs ?? 3000;
  return {
    async reverse(latitude: number, longitude: number): Promise<Address> {
      if (options.url) {
        const url = new URL(options.url);
        for (const [name, value] of Object.entries({ format: 'jsonv2', lat: String(latitude), lon: String(longitude), zoom: '18', addressdetails: '1', 'accept-language': 'vi' })) {
          url.searchParams.set(name, value);
        }
        try {
          const response = await get(url, { signal: AbortSignal.timeout(timeoutMs), headers: { accept: 'application/json' } });
          const found = response.ok ? readAnswer(await response.json()) : undefined;
          if (found) return { ...found, source: 'geocoder' };
        } catch {
          // No answer, or not JSON: the ward centres below.
        }
      }
      return { street: null, ward: asWard(nearestWard(latitude, longitude)), source: 'wards' };
    },
  };
}

export type ReverseGeocoder = ReturnType<typeof createReverseGeocoder>;
