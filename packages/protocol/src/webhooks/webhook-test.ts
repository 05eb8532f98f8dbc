import * as z from 'zod/mini';
import { IsoTime } from './fields.js';

/**
 * The `data` of a `webhook.test` webhook: a member of your organisation asked for it ("Send a test event" in the
 * developer console). It says nothing about anyone; answer it with a 2xx like any event.
 */
export const WebhookTestData = z.object({
  /** When it was asked for (ISO 8601). */
  requestedAt: IsoTime,
});

/** The `data` of a `webhook.test` webhook. */
export type WebhookTestData = z.infer<typeof WebhookTestData>;
