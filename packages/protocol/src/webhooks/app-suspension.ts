import * as z from 'zod/mini';
import { IsoTime } from './fields.js';

/** The `data` of an `app.suspended` webhook: the platform operator stopped your app launching and serving, and why. */
export const AppSuspendedData = z.object({
  /** The operator's reason, in the words they wrote; the developer console shows it too. */
  reason: z.string(),
  suspendedAt: IsoTime,
});
/** The `data` of an `app.suspended` webhook. */
export type AppSuspendedData = z.infer<typeof AppSuspendedData>;

/** The `data` of an `app.reinstated` webhook: the operator lets your app launch again. */
export const AppReinstatedData = z.object({ reinstatedAt: IsoTime });
/** The `data` of an `app.reinstated` webhook. */
export type AppReinstatedData = z.infer<typeof AppReinstatedData>;
