import type { Client } from '@citadel/sdk';
import { backendOrigin, createBackend } from '@citadel-miniapp/web-kit';
import type { KeywordModel } from '../backend/src/routing/keyword-model.js';
import type { PublicReport, Report, ReportDetail, Statistics } from '../backend/src/reports/report.js';

/** The app's own backend (`miniapps/reporting/backend`), at the origin the build was given (VITE_BACKEND_ORIGIN). */
export const BACKEND = backendOrigin(import.meta.env.VITE_BACKEND_ORIGIN);

export { BackendError } from '@citadel-miniapp/web-kit';

export type { KeywordModel, PublicReport, Report, ReportDetail, Statistics };

/** A new report as the app sends it; photos are base64 JPEG, already resized. */
export interface NewReport {
  readonly category: string;
  readonly description: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly photos: ReadonlyArray<{ readonly data: string }>;
}

/** The backend: public calls open, the rest as the signed-in citizen (`createBackend`: one sign-in, then a session). */
export function createApi(client: Client) {
  const { open: request, signed } = createBackend(BACKEND, client);
  const code = (c: string) => encodeURIComponent(c);
  return {
    model: () => request<KeywordModel>('/model'),
    me: () => signed<{ sub: string; staff: boolean }>('/me'),
    /** Files `report`; the same `key` (its `Idempotency-Key`) files it once, however often it is sent. */
    file: (report: NewReport, key: string) => signed<{ report: Report; notification: string }>('/reports', { body: report, headers: { 'idempotency-key': key } }),
    mine: async () => (await signed<{ reports: Report[] }>('/reports')).reports,
    report: async (c: string) => (await signed<{ report: ReportDetail }>(`/reports/${code(c)}`)).report,
    rate: (c: string, stars: number, comment: string) =>
      signed<{ report: Report }>(`/reports/${code(c)}/rating`, { body: comment ? { stars, comment } : { stars } }),
    queue: async (filter: Record<string, string>) =>
      (await signed<{ reports: Report[] }>(`/staff/reports?${new URLSearchParams(filter)}`)).reports,
    move: (c: string, change: { status: string; agency?: string; note?: string }) =>
      signed<{ report: Report; notification: string }>(`/staff/reports/${code(c)}/status`, { body: change }),
    feed: async () => (await request<{ reports: PublicReport[] }>('/public/reports')).reports,
    stats: () => request<Statistics>('/public/stats'),
    photoUrl: (path: string) => `${BACKEND}${path}`,
  };
}

export type Api = ReturnType<typeof createApi>;
