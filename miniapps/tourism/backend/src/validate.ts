import * as z from 'zod';
import { LIMITS } from './limits.js';

/** `POST /tickets`. */
export const BuyInput = z.strictObject({
  placeId: z.string().min(1).max(60),
  quantity: z.number().int().min(1).max(LIMITS.ticketsPerOrder).default(1),
});

/** `POST /places/:id/reviews`. */
export const ReviewInput = z.strictObject({
  stars: z.number().int().min(1).max(5),
  comment: z.string().trim().max(LIMITS.commentMax).default(''),
});

/** `GET /public/near?lat=&lon=&limit=`. */
export const NearQuery = z.strictObject({
  lat: z.coerce.number().min(-90).max(90),
  lon: z.coerce.number().min(-180).max(180),
  limit: z.coerce.number().int().min(1).max(LIMITS.nearMax).default(LIMITS.nearDefault),
});

/** `POST /gate/admit`: the code the gate scanned. */
export const AdmitInput = z.strictObject({ code: z.string().min(1).max(200) });
