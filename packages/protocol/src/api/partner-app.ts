import * as z from 'zod/mini';
import { LocalizedText } from '../schemas.js';
import { Suspension } from './publishing.js';

/** Whether the platform operator lets citizens launch the app. */
export const PartnerAppStatus = z.enum(['active', 'suspended']);
/** Whether the platform operator lets citizens launch the app. */
export type PartnerAppStatus = z.infer<typeof PartnerAppStatus>;
/**
 * `GET /api/partner/v1/app`: the app the credentials belong to; `id` is the `aud` of its identity tokens. A suspended
 * app's `suspension` says the operator's reason and since when; it is null while the app is active.
 */
export const PartnerApp = z.object({ id: z.string(), status: PartnerAppStatus, suspension: Suspension, name: LocalizedText });
/** The app the partner credentials belong to. */
export type PartnerApp = z.infer<typeof PartnerApp>;
