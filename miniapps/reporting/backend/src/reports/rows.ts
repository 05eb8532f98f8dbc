import { isOverdue } from './deadlines.js';
import type { NotifyState, PublicReport, Report } from './report.js';
import type { Status } from './statuses.js';

/** A `reports` row as both drivers return it. */
export interface ReportRow {
  id: string | number;
  code: string;
  sub: string;
  category: string;
  description: string;
  latitude: number;
  longitude: number;
  suggested_category: string | null;
  suggested_agency: string | null;
  matched: unknown;
  agency: string | null;
  process_group: string;
  status: string;
  response: string | null;
  reject_reason: string | null;
  created_at: Date | string;
  deadline_at: Date | string;
  resolved_at: Date | string | null;
  rating: number | null;
  rating_comment: string | null;
  rated_at: Date | string | null;
  photo_count?: string | number;
}

/** A `status_events` row as both drivers return it. */
export interface StatusEventRow {
  id: string | number;
  report_id: string | number;
  status: Status;
  note: string | null;
  at: Date | string;
  notify_state: NotifyState;
  notify_detail: string | null;
  notify_attempts: number;
  notify_retry_at: Date | string | null;
}

/** A `photos` row as both drivers return it. */
export interface PhotoRow {
  report_id: string | number;
  kind: 'report' | 'response';
  position: number;
  media_type: string;
  data: Uint8Array;
}

export const iso = (value: Date | string): string => new Date(value).toISOString();
const isoOrNull = (value: Date | string | null): string | null => (value === null ? null : iso(value));
const json = (value: unknown): unknown => (typeof value === 'string' ? JSON.parse(value) : value);

/** The reporter's and staff's view of a row. */
export function toReport(row: ReportRow, now: Date): Report {
  return {
    code: row.code,
    category: row.category as Report['category'],
    description: row.description,
    latitude: row.latitude,
    longitude: row.longitude,
    suggestedCategory: row.suggested_category as Report['suggestedCategory'],
    suggestedAgency: row.suggested_agency,
    matched: json(row.matched) as Report['matched'],
    agency: row.agency,
    processGroup: row.process_group as Report['processGroup'],
    status: row.status as Report['status'],
    response: row.response,
    rejectReason: row.reject_reason,
    createdAt: iso(row.created_at),
    deadlineAt: iso(row.deadline_at),
    resolvedAt: isoOrNull(row.resolved_at),
    overdue: isOverdue(row.status, new Date(row.deadline_at), now),
    rating: row.rating === null ? null : { stars: row.rating, comment: row.rating_comment, ratedAt: iso(row.rated_at!) },
    photoCount: Number(row.photo_count ?? 0),
  };
}

/** Rounds a coordinate to 3 decimals (about 110 m): enough to find the place, not the doorstep. */
export const roundPosition = (value: number): number => Math.round(value * 1000) / 1000;

/** The public view of a resolved row: nothing that names or locates the reporter. */
export function toPublic(row: ReportRow): PublicReport {
  const count = Number(row.photo_count ?? 0);
  return {
    code: row.code,
    category: row.category as PublicReport['category'],
    agency: row.agency,
    description: row.description,
    latitude: roundPosition(row.latitude),
    longitude: roundPosition(row.longitude),
    createdAt: iso(row.created_at),
    resolvedAt: iso(row.resolved_at!),
    onTime: new Date(row.resolved_at!).getTime() <= new Date(row.deadline_at).getTime(),
    response: row.response,
    stars: row.rating,
    photos: Array.from({ length: count }, (_, n) => `/public/reports/${row.code}/photos/${n}`),
  };
}
