import { ConsentKind } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';
import { vietnamDateSql } from './vietnam-date.js';

/** Where each series reads from: one app, from a Vietnam date (`YYYY-MM-DD`) and the instant that day began. */
export interface SeriesScope {
  readonly appId: string;
  readonly fromDay: string;
  readonly from: Date;
}

/** The audit log's actions that give an app a consent, and those that withdraw one (`revokeConsent`). */
const GRANTS = ['identity.grant', 'notifications.grant'];
const REVOCATIONS = ConsentKind.options.map((kind) => `${kind}.revoke`);

/** Launches reported per day: how many, by how many visitor keys, and the tap → `ready` percentiles (nulls skipped). */
export const launchSeries = (db: Queryable, { appId, fromDay }: SeriesScope) => db.query<{
  day: string; launches: number; citizens: number; p50: number | null; p95: number | null; samples: number;
}>(
  `SELECT to_char(day, 'YYYY-MM-DD') AS day, count(*)::int AS launches, count(DISTINCT visitor)::int AS citizens,
          percentile_cont(0.5) WITHIN GROUP (ORDER BY ready_ms) AS p50, percentile_cont(0.95) WITHIN GROUP (ORDER BY ready_ms) AS p95,
          count(ready_ms)::int AS samples
   FROM app_launches WHERE app_id = $1 AND day >= $2 GROUP BY day`, [appId, fromDay]);

/** Bridge error counts per day and code. */
export const errorSeries = (db: Queryable, { appId, fromDay }: SeriesScope) => db.query<{ day: string; code: string; count: number }>(
  `SELECT to_char(day, 'YYYY-MM-DD') AS day, code, count::float8 AS count FROM app_bridge_errors
   WHERE app_id = $1 AND day >= $2 ORDER BY day, count DESC, code`, [appId, fromDay]);

/** Payments to the app per day, and refunds it made per day, from the payments ledger's tables. */
export const moneySeries = (db: Queryable, { appId, from }: SeriesScope) => db.query<{ day: string; payments: number; paid: number; refunds: number; refunded: number }>(
  `SELECT day, sum(payments)::int AS payments, sum(paid)::float8 AS paid, sum(refunds)::int AS refunds, sum(refunded)::float8 AS refunded FROM (
     SELECT ${vietnamDateSql('created_at')} AS day, count(*) AS payments, sum(amount) AS paid, 0 AS refunds, 0 AS refunded
     FROM payments WHERE app_id = $1 AND created_at >= $2 GROUP BY 1
     UNION ALL
     SELECT ${vietnamDateSql('r.created_at')}, 0, 0, count(*), sum(r.amount)
     FROM refunds r JOIN payments p ON p.id = r.payment_id WHERE p.app_id = $1 AND r.created_at >= $2 GROUP BY 1
   ) t GROUP BY day`, [appId, from]);

/** Notifications the app sent per day, and the most it sent one citizen that day. */
export const notificationSeries = (db: Queryable, { appId, from }: SeriesScope) => db.query<{ day: string; sent: number; most: number }>(
  `SELECT day, sum(n)::int AS sent, max(n)::int AS most FROM (
     SELECT ${vietnamDateSql('created_at')} AS day, citizen_id, count(*) AS n FROM notifications
     WHERE app_id = $1 AND created_at >= $2 GROUP BY 1, 2
   ) t GROUP BY day`, [appId, from]);

/** Consents given to the app and withdrawn from it per day, from the citizens' audit log. */
export const consentSeries = (db: Queryable, { appId, from }: SeriesScope) => db.query<{ day: string; grants: number; revocations: number }>(
  `SELECT ${vietnamDateSql('at')} AS day, count(*) FILTER (WHERE action = ANY($3::text[]))::int AS grants,
          count(*) FILTER (WHERE action = ANY($4::text[]))::int AS revocations
   FROM audit_log WHERE app_id = $1 AND at >= $2 AND action = ANY($5::text[]) GROUP BY 1`,
  [appId, from, GRANTS, REVOCATIONS, [...GRANTS, ...REVOCATIONS]]);
