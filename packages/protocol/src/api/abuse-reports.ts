import * as z from 'zod/mini';

/**
 * How many abuse reports one citizen may file: `perCitizen` in `windowSeconds`, whatever the app.
 * An app shut out for its bridge rate is rare, so a handful an hour covers every honest host while
 * a scripted citizen cannot fill the operator's security log.
 */
export const ABUSE_REPORT_LIMITS = { perCitizen: 10, windowSeconds: 3600 } as const;

/** What the host saw an app do: `bridge-rate`, past the bridge's rate limit `windows` windows in a row. */
export const AbuseKind = z.enum(['bridge-rate']);
/** What the host saw an app do. */
export type AbuseKind = z.infer<typeof AbuseKind>;

/** `POST /api/apps/:id/abuse-reports`. */
export const AbuseReportBody = z.strictObject({
  kind: AbuseKind,
  /** Over-limit rate windows in a row when the host shut the app out. */
  windows: z.int().check(z.minimum(1), z.maximum(1000)),
});
/** The report, as the host sends it. */
export type AbuseReportBody = z.infer<typeof AbuseReportBody>;
