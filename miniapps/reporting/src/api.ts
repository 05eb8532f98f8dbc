import type { Client } from '@citadel/sdk';
import { createSessionClient } from '@citadel-miniapp/backend-kit/session-client';
import type { KeywordModel } from '../backend/src/routing/keyword-model.js';
import type { PublicReport, Report, ReportDetail, Statistics } from '../backend/src/reports/report.js';

/** The app's own backend (`miniapps/reporting/backend`): the one place its address is written. */
export const BACKEND = 'http://localhost:8091';

/** The backend refused, with its `{ code, message }` (and the limit it named, in `data`). */
export class BackendError extends Error {
  override readonly name = 'BackendError';
  constructor(readonly code: string, message: string, readonly data: Record<string, unknown> = {}) {
    super(message);
  }
}

export type { KeywordModel, PublicReport, Report, ReportDetail, Statistics };

/** A new report as the app sends it; photos are base64 JPEG, already resized. */
export interface NewReport {
  readonly category: string;
  readonly description: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly photos: ReadonlyArray<{ readonly data: string }>;
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  let response: Response;
  try {
    response = await fetch(`${BACKEND}${path}`, init);
  } catch {
    throw new BackendError('UNREACHABLE', `${BACKEND} did not answer`);
  }
  const body = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  if (!response.ok) {
    const { code, message, ...data } = body ?? {};
    throw new BackendError(typeof code === 'string' ? code : `HTTP_${response.status}`, typeof message === 'string' ? message : `HTTP ${response.status}`, data);
  }
  return body as T;
}

/**
 * The backend, called as the signed-in citizen: with a session the backend gave for one identity
 * token from the host (the host asks the citizen the first time), signed in again when it expires.
 */
export function createApi(client: Client) {
  const session = createSessionClient({
    post: (path, headers) => request(path, { method: 'POST', headers }),
    getToken: async (nonce) => (await client.identity.getToken({ nonce })).token,
  });
  const signed = <T>(path: string, init: { method?: string; body?: unknown } = {}): Promise<T> => session.call((authorization) => request<T>(path, {
    method: init.method ?? (init.body === undefined ? 'GET' : 'POST'),
    headers: { authorization, ...(init.body === undefined ? {} : { 'content-type': 'application/json' }) },
    ...(init.body === undefined ? {} : { body: JSON.stringify(init.body) }),
  }));
  const code = (c: string) => encodeURIComponent(c);
  return {
    model: () => request<KeywordModel>('/model'),
    me: () => signed<{ sub: string; staff: boolean }>('/me'),
    file: (report: NewReport) => signed<{ report: Report; notification: string }>('/reports/new', { body: report }),
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
