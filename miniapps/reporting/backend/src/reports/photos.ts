import { ReportingError } from '../errors.js';
import { LIMITS } from '../limits.js';

/** The photo formats accepted, by their first bytes: JPEG `FF D8 FF`, WebP `RIFF....WEBP`. */
export type PhotoType = 'image/jpeg' | 'image/webp';

/** A photo as stored: its type as read from its bytes, never as the client says. */
export interface Photo {
  readonly type: PhotoType;
  readonly bytes: Uint8Array;
}

/** The type of `bytes`, or undefined when they are neither JPEG nor WebP. */
export function sniffPhoto(bytes: Uint8Array): PhotoType | undefined {
  if (bytes.length > 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes.length > 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/**
 * Decodes the photos of a request (`[{ data: <base64> }]`): at most `LIMITS.photos`, each at most
 * `LIMITS.photoBytes` decoded, each a real JPEG or WebP. The `type` the client names is ignored.
 */
export function decodePhotos(value: unknown): Photo[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw new ReportingError(400, 'INVALID_PARAMS', 'photos must be a list of { data }');
  if (value.length > LIMITS.photos) {
    throw new ReportingError(400, 'TOO_MANY_PHOTOS', `At most ${LIMITS.photos} photos per report`, { limit: LIMITS.photos });
  }
  return value.map((item: unknown, index) => {
    const data = (item as { data?: unknown } | null)?.data;
    const keys = item && typeof item === 'object' ? Object.keys(item) : [];
    if (typeof data !== 'string' || !BASE64.test(data) || keys.some((k) => k !== 'data' && k !== 'type')) {
      throw new ReportingError(400, 'INVALID_PARAMS', `photos[${index}] must be { data: <base64> }`);
    }
    if (Math.floor((data.length * 3) / 4) > LIMITS.photoBytes + 2) {
      throw new ReportingError(413, 'PHOTO_TOO_LARGE', `photos[${index}] is over ${LIMITS.photoBytes} bytes`, { limit: LIMITS.photoBytes, index });
    }
    const bytes = new Uint8Array(Buffer.from(data, 'base64'));
    if (bytes.length > LIMITS.photoBytes) {
      throw new ReportingError(413, 'PHOTO_TOO_LARGE', `photos[${index}] is over ${LIMITS.photoBytes} bytes`, { limit: LIMITS.photoBytes, index });
    }
    const type = sniffPhoto(bytes);
    if (!type) throw new ReportingError(415, 'PHOTO_NOT_IMAGE', `photos[${index}] is not a JPEG or WebP image`, { accepted: ['image/jpeg', 'image/webp'], index });
    return { type, bytes };
  });
}

/** A stored photo as a `data:` URL, for the answers that carry photos to their reporter or staff. */
export const photoDataUrl = (type: string, bytes: Uint8Array): string => `data:${type};base64,${Buffer.from(bytes).toString('base64')}`;
