import type * as z from 'zod/mini';
import type { AppAnalyticsAnswer } from '@citadel/protocol/api';
import type { AnalyticsStrings } from './analytics-i18n.js';

/** An app's analytics, as the developer API answers them. */
export type Analytics = z.infer<typeof AppAnalyticsAnswer>;

/** One line of a chart: its name, colour, one value per day (`null`: none that day), drawn or only in the table. */
export interface ChartSeries {
  readonly label: string;
  readonly color: string;
  readonly values: ReadonlyArray<number | null>;
  /** A limit, drawn dashed. */
  readonly dashed?: boolean;
  /** Only in the table (a count beside a drawn sum). */
  readonly tableOnly?: boolean;
}

/** One chart: its title, the y axis' label, the days and the series. */
export interface ChartSpec {
  readonly id: 'launches' | 'ready' | 'errors' | 'money' | 'notifications' | 'consent';
  readonly title: string;
  readonly yLabel: string;
  readonly days: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Nothing happened in the period: no chart is drawn. */
  readonly empty: boolean;
}

/** Colours told apart by most colour vision (Okabe–Ito). */
const COLORS = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#e69f00', '#56b4e9', '#000000'];
/** Bridge error codes drawn on their own; the rest add up in one line. */
const CODES_DRAWN = 5;

const has = (series: readonly ChartSeries[]) => series.some((s) => !s.dashed && s.values.some((v) => v !== null && v !== 0));

/** The six charts of an app's analytics, in the person's words. */
export function analyticsCharts(data: Analytics, t: AnalyticsStrings): ChartSpec[] {
  const days = data.days.map((d) => d.day);
  const chart = (id: ChartSpec['id'], words: { title: string; axis: string }, series: ChartSeries[]): ChartSpec =>
    ({ id, title: words.title, yLabel: words.axis, days, series, empty: !has(series) });
  const line = (label: string, index: number, values: ReadonlyArray<number | null>, extra: Partial<ChartSeries> = {}): ChartSeries =>
    ({ label, color: COLORS[index % COLORS.length]!, values, ...extra });

  const totals = new Map<string, number>();
  for (const day of data.days) for (const e of day.bridgeErrors) totals.set(e.code, (totals.get(e.code) ?? 0) + e.count);
  const codes = [...totals.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([code]) => code);
  const drawn = codes.slice(0, CODES_DRAWN);
  const errorsOf = (day: Analytics['days'][number], wanted: (code: string) => boolean) =>
    day.bridgeErrors.filter((e) => wanted(e.code)).reduce((sum, e) => sum + e.count, 0);
  const errorSeries = drawn.map((code, i) => line(code, i, data.days.map((d) => errorsOf(d, (c) => c === code))));
  if (codes.length > CODES_DRAWN) errorSeries.push(line(t.errors.other, CODES_DRAWN, data.days.map((d) => errorsOf(d, (c) => !drawn.includes(c)))));

  const quota = data.notificationQuota;
  return [
    chart('launches', t.launches, [
      line(t.launches.launches, 0, data.days.map((d) => d.launches)), line(t.launches.citizens, 1, data.days.map((d) => d.citizens)),
    ]),
    chart('ready', t.ready, [
      line(t.ready.p50, 0, data.days.map((d) => d.readyP50Ms)), line(t.ready.p95, 1, data.days.map((d) => d.readyP95Ms)),
      line(t.ready.samples, 2, data.days.map((d) => d.readySamples), { tableOnly: true }),
    ]),
    chart('errors', t.errors, errorSeries),
    chart('money', t.money, [
      line(t.money.paid, 0, data.days.map((d) => d.paid)), line(t.money.refunded, 1, data.days.map((d) => d.refunded)),
      line(t.money.payments, 2, data.days.map((d) => d.payments), { tableOnly: true }), line(t.money.refunds, 3, data.days.map((d) => d.refunds), { tableOnly: true }),
    ]),
    chart('notifications', t.notifications, [
      line(t.notifications.sent, 0, data.days.map((d) => d.notifications)), line(t.notifications.most, 1, data.days.map((d) => d.mostToOneCitizen)),
      line(t.notifications.quota, 2, data.days.map(() => quota.perCitizen), { dashed: true }),
      ...(quota.appDailyCap === null ? [] : [line(t.notifications.cap, 3, data.days.map(() => quota.appDailyCap), { dashed: true })]),
    ]),
    chart('consent', t.consent, [
      line(t.consent.grants, 0, data.days.map((d) => d.consentGrants)), line(t.consent.revocations, 1, data.days.map((d) => d.consentRevocations)),
    ]),
  ];
}
