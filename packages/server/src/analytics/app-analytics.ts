import { ANALYTICS_RETENTION_DAYS, type AnalyticsDay } from '@citadel/protocol/api';
import type { Queryable } from '../db/database.js';
import { consentSeries, errorSeries, launchSeries, moneySeries, notificationSeries, type SeriesScope } from './series.js';
import { addDays, vietnamDate, vietnamDayStart } from './vietnam-date.js';

/** A series' rows by day. */
const byDay = <R extends { day: string }>(rows: readonly R[]) => new Map(rows.map((row) => [row.day, row]));

/**
 * One app's analytics over the last `days` Vietnam days, today included (docs/publish-your-app.md, "Analytics"): one
 * entry per day, oldest first, a day without anything all zeros. Percentiles are PostgreSQL's `percentile_cont` over
 * the day's reported tap → `ready` times, rounded to the millisecond.
 */
export async function readAppAnalytics(db: Queryable, input: { appId: string; days: number; dailyQuota: number; now?: Date }) {
  const today = vietnamDate(input.now ?? new Date());
  const fromDay = addDays(today, -(input.days - 1));
  const scope: SeriesScope = { appId: input.appId, fromDay, from: vietnamDayStart(fromDay) };
  const [launches, errors, money, notifications, consent, [quota]] = await Promise.all([
    launchSeries(db, scope), errorSeries(db, scope), moneySeries(db, scope), notificationSeries(db, scope), consentSeries(db, scope),
    db.query<{ quota: number | null; cap: number | null }>('SELECT notification_quota AS quota, notification_daily_cap AS cap FROM apps WHERE id = $1', [input.appId]),
  ]);
  const launchDays = byDay(launches);
  const moneyDays = byDay(money);
  const notificationDays = byDay(notifications);
  const consentDays = byDay(consent);
  const round = (ms: number | null) => (ms === null ? null : Math.round(ms));
  const days: AnalyticsDay[] = Array.from({ length: input.days }, (_, i) => {
    const day = addDays(fromDay, i);
    const l = launchDays.get(day);
    const m = moneyDays.get(day);
    const n = notificationDays.get(day);
    const c = consentDays.get(day);
    return {
      day,
      launches: l?.launches ?? 0, citizens: l?.citizens ?? 0, readyP50Ms: round(l?.p50 ?? null), readyP95Ms: round(l?.p95 ?? null), readySamples: l?.samples ?? 0,
      bridgeErrors: errors.filter((e) => e.day === day).map(({ code, count }) => ({ code, count })),
      payments: m?.payments ?? 0, paid: m?.paid ?? 0, refunds: m?.refunds ?? 0, refunded: m?.refunded ?? 0,
      notifications: n?.sent ?? 0, mostToOneCitizen: n?.most ?? 0,
      consentGrants: c?.grants ?? 0, consentRevocations: c?.revocations ?? 0,
    };
  });
  return {
    appId: input.appId, timeZone: 'Asia/Ho_Chi_Minh' as const, retentionDays: ANALYTICS_RETENTION_DAYS,
    notificationQuota: { perCitizen: quota?.quota ?? input.dailyQuota, appDailyCap: quota?.cap ?? null },
    days,
  };
}
