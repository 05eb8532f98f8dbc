import * as z from 'zod/mini';
import { LocalizedText } from '../schemas.js';

/** Whether the platform operator lets citizens launch the app. */
export const PartnerAppStatus = z.enum(['active', 'suspended']);
/** Whether the platform operator lets citizens launch the app. */
export type PartnerAppStatus = z.infer<typeof PartnerAppStatus>;
/** `GET /api/partner/v1/app`: the app the credentials belong to; `id` is the `aud` of its identity tokens. */
export const PartnerApp = z.object({ id: z.string(), status: PartnerAppStatus, name: LocalizedText });
/** The app the partner credentials belong to. */
export type PartnerApp = z.infer<typeof PartnerApp>;
