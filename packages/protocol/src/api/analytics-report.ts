import * as z from 'zod/mini';
import { ErrorCode } from '../errors.js';
import { AppId } from '../manifest.js';

/**
 * The bounds of what a host reports for the apps' analytics (docs/security-model.md, "What the host reports"): each
 * refusal names the one it met. `launchesPerCitizenAppDay` launches of one app by one citizen count in a day; more are
 * ignored, and the answer says how many.
 */
export const ANALYTICS_REPORT_LIMITS = {
  /** Launches in one report. */
  launchesPerReport: 50,
  /** Error counts (one per app and code) in one report. */
  errorCountsPerReport: 50,
  /** The longest tap → `ready` a launch may report, ms: a slower one is reported as never ready (`null`). */
  maxReadyMs: 120_000,
  /** The largest count of one error code in one report. */
  maxErrorCount: 10_000,
  /** The largest report body, bytes: a full report is under 7 KiB, well within a `keepalive` request's 64 KiB. */
  bodyBytes: 8 * 1024,
  /** Reports one citizen may send in `windowSeconds`, whatever the apps. */
  reportsPerCitizen: 60,
  /** The window of `reportsPerCitizen`, seconds. */
  windowSeconds: 3600,
  /** Launches of one app by one citizen counted in one day (Vietnam time). */
  launchesPerCitizenAppDay: 100,
} as const;

/** A bridge error code, as the runtime answers a call (`ErrorCode` of `@citadel/protocol`). */
export const BridgeErrorCode = z.enum(ErrorCode);

/** One launch: the app, and the host's tap → `ready` time in ms (`null`: the app never said `ready`). */
export const ReportedLaunch = z.strictObject({
  appId: AppId,
  readyMs: z.nullable(z.int().check(z.minimum(0), z.maximum(ANALYTICS_REPORT_LIMITS.maxReadyMs))),
});

/** How many calls of an app the host answered with one error code since its last report. */
export const ReportedErrors = z.strictObject({
  appId: AppId,
  code: BridgeErrorCode,
  count: z.int().check(z.minimum(1), z.maximum(ANALYTICS_REPORT_LIMITS.maxErrorCount)),
});

/** `POST /api/analytics/reports`: what the host measured since its last report; at least one launch or count. */
export const AnalyticsReportBody = z.strictObject({
  launches: z.array(ReportedLaunch).check(z.maxLength(ANALYTICS_REPORT_LIMITS.launchesPerReport)),
  errors: z.array(ReportedErrors).check(z.maxLength(ANALYTICS_REPORT_LIMITS.errorCountsPerReport)),
}).check(z.refine((report) => report.launches.length + report.errors.length > 0, 'a report holds at least one launch or error count'));
/** A report, as the host sends it. */
export type AnalyticsReportBody = z.infer<typeof AnalyticsReportBody>;

/** What the platform counted of a report: launches past `launchesPerCitizenAppDay` are ignored. */
export const AnalyticsReportAnswer = z.object({
  launchesCounted: z.int(),
  launchesIgnored: z.int(),
  limitName: z.literal('launches-per-citizen-app-day'),
  limit: z.int(),
});
