import * as z from 'zod/mini';

/** Analytics rows are kept this many days (Vietnam days, today included), and no more can be asked for. */
export const ANALYTICS_RETENTION_DAYS = 90;

/** `GET …/apps/:appId/analytics?days=N`: the last `days` days, today included; default 30. */
export const AnalyticsQuery = z.object({
  days: z.optional(z.coerce.number().check(z.int(), z.minimum(1), z.maximum(ANALYTICS_RETENTION_DAYS))),
});

/** One day of an app, in Vietnam time (UTC+7, the notification quota's day). */
export const AnalyticsDay = z.object({
  /** `YYYY-MM-DD`. */
  day: z.iso.date(),
  /** Launches the citizens' hosts reported, and how many different signed-in citizens made them. */
  launches: z.int(),
  citizens: z.int(),
  /** Tap → `ready` percentiles over the launches that said `ready` (`readySamples`), ms; `null` without any. */
  readyP50Ms: z.nullable(z.number()),
  readyP95Ms: z.nullable(z.number()),
  readySamples: z.int(),
  /** Calls the hosts answered with an error, by code, most first. */
  bridgeErrors: z.array(z.object({ code: z.string(), count: z.int() })),
  /** Payments made to the app and their sum; refunds it made and their sum (VND). */
  payments: z.int(),
  paid: z.int(),
  refunds: z.int(),
  refunded: z.int(),
  /** Notifications the app sent, and the most it sent one citizen (against `notificationQuota.perCitizen`). */
  notifications: z.int(),
  mostToOneCitizen: z.int(),
  /** Identity and notification grants citizens gave the app, and permissions they withdrew from it. */
  consentGrants: z.int(),
  consentRevocations: z.int(),
});
/** One day of an app. */
export type AnalyticsDay = z.infer<typeof AnalyticsDay>;

/** An app's analytics: one entry per day, oldest first, through today. */
export const AppAnalyticsAnswer = z.object({
  appId: z.string(),
  /** The days' time zone. */
  timeZone: z.literal('Asia/Ho_Chi_Minh'),
  retentionDays: z.int(),
  /** The app's notification quota per citizen and day, and the operator's cap on all its notifications in a day (`null`: none). */
  notificationQuota: z.object({ perCitizen: z.int(), appDailyCap: z.nullable(z.int()) }),
  days: z.array(AnalyticsDay),
});
