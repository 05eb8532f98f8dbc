import * as z from 'zod';
import { ReportingError } from '../errors.js';
import { LIMITS, SERVICE_AREA } from '../limits.js';
import { CATEGORIES } from '../routing/keyword-model.js';
import { STATUSES } from './statuses.js';

const text = (min: number, max: number) => z.string().trim().min(min).max(max);

/** `POST /reports`: the photos are checked apart, by `decodePhotos`. */
export const NewReportInput = z.strictObject({
  category: z.enum(CATEGORIES),
  description: text(LIMITS.descriptionMin, LIMITS.descriptionMax),
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  photos: z.array(z.unknown()).optional(),
});

/** `POST /staff/reports/:code/status`. */
export const TransitionInput = z.strictObject({
  status: z.enum(STATUSES.filter((s) => s !== 'received') as ['assigned', 'in_progress', 'resolved', 'rejected']),
  agency: z.string().min(1).max(40).optional(),
  note: text(1, LIMITS.responseMax).optional(),
  photos: z.array(z.unknown()).optional(),
});

/** `POST /reports/:code/rating`. */
export const RatingInput = z.strictObject({
  stars: z.number().int().min(1).max(5),
  comment: text(0, LIMITS.commentMax).optional(),
});

/** `GET /staff/reports?status=&category=&agency=&overdue=1`. */
export const QueueFilter = z.strictObject({
  status: z.enum(STATUSES).optional(),
  category: z.enum(CATEGORIES).optional(),
  agency: z.string().min(1).max(40).optional(),
  overdue: z.enum(['1', 'true']).optional(),
});

/** `GET /public/reports?before=`: pages the feed on `resolvedAt`. */
export const FeedQuery = z.strictObject({
  before: z.coerce.date('before: an ISO 8601 time').optional(),
});

/** `GET /address?lat=&lon=`: the street and ward of a position. */
export const AddressQuery = z.strictObject({
  lat: z.coerce.number('lat: degrees of latitude').min(-90).max(90),
  lon: z.coerce.number('lon: degrees of longitude').min(-180).max(180),
});

/** Refuses a position outside the city's service area. */
export function checkArea(latitude: number, longitude: number): void {
  const a = SERVICE_AREA;
  if (latitude < a.south || latitude > a.north || longitude < a.west || longitude > a.east) {
    throw new ReportingError(422, 'OUT_OF_AREA', 'The position is outside Huế: this service handles reports in Huế only', { area: a });
  }
}
