import { PartnerApp as PartnerAppAnswer, type PartnerAppStatus as ApiPartnerAppStatus } from '@citadel/protocol/api';
import { readAnswer } from './read-answer.js';

/** Whether the platform operator lets citizens launch the app: `suspended` when they cannot. */
export type PartnerAppStatus = ApiPartnerAppStatus;

/**
 * The app the partner credentials belong to, as `GET /api/partner/v1/app` answers it: `id` (the
 * `aud` of its identity tokens), `status`, `suspension` (the operator's `reason` and `at` while it is suspended,
 * else null), and `name` in Vietnamese and English.
 */
export type PartnerApp = PartnerAppAnswer;

/** Reads a `PartnerApp` from an answer body; `undefined` when it is not that shape. Unknown members are dropped. */
export const parsePartnerApp = readAnswer(PartnerAppAnswer, (app) => app);
