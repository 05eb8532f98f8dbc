import * as z from 'zod/mini';
import { IsoTime } from './fields.js';

/** The `data` of an `app.version.approved` or `app.version.rejected` webhook: a reviewer decided on your version. */
export const AppVersionDecidedData = z.object({
  /** The version's number. */
  version: z.int(),
  /** The manifest's `version` of that upload, such as `1.2.0`. */
  manifestVersion: z.string(),
  /** The reviewer's reason: always for a rejection, optional for an approval. */
  reason: z.nullable(z.string()),
  decidedAt: IsoTime,
});
/** The `data` of an `app.version.*` webhook. */
export type AppVersionDecidedData = z.infer<typeof AppVersionDecidedData>;
