import type { Category, ProcessGroup } from '../routing/keyword-model.js';
import type { MatchedWord } from '../routing/suggest.js';
import type { Status } from './statuses.js';

/** What happened to a notification of one status change. */
export type NotifyState = 'pending' | 'sent' | 'muted' | 'not_granted' | 'quota' | 'failed' | 'skipped';

/** One status change, as the reporter and staff see it. */
export interface StatusEvent {
  readonly status: Status;
  readonly note: string | null;
  readonly at: string;
  readonly notify: NotifyState;
}

/** A report as its reporter and staff see it. */
export interface Report {
  readonly code: string;
  readonly category: Category;
  readonly description: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly suggestedCategory: Category | null;
  readonly suggestedAgency: string | null;
  readonly matched: readonly MatchedWord[];
  readonly agency: string | null;
  readonly processGroup: ProcessGroup;
  readonly status: Status;
  readonly response: string | null;
  readonly rejectReason: string | null;
  readonly createdAt: string;
  readonly deadlineAt: string;
  readonly resolvedAt: string | null;
  readonly overdue: boolean;
  readonly rating: { readonly stars: number; readonly comment: string | null; readonly ratedAt: string } | null;
  readonly photoCount: number;
}

/** A report with its timeline and photos (`data:` URLs), for its detail page. */
export interface ReportDetail extends Report {
  readonly events: readonly StatusEvent[];
  readonly photos: readonly string[];
  readonly responsePhotos: readonly string[];
}

/** A resolved report in the public feed: no `sub`, no name, the position rounded to about 100 m. */
export interface PublicReport {
  readonly code: string;
  readonly category: Category;
  readonly agency: string | null;
  readonly description: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly createdAt: string;
  readonly resolvedAt: string;
  readonly onTime: boolean;
  readonly response: string | null;
  readonly stars: number | null;
  /** Paths on this backend, `/public/reports/<code>/photos/<n>`. */
  readonly photos: readonly string[];
}

/** The city's numbers. */
export interface Statistics {
  readonly received: number;
  readonly resolved: number;
  readonly rejected: number;
  readonly open: number;
  readonly overdue: number;
  /** Of the resolved, the share settled by the deadline, 0–100, one decimal; null before the first. */
  readonly resolvedOnTimePercent: number | null;
  /** 1–5, two decimals; null before the first rating. */
  readonly averageRating: number | null;
  readonly ratings: number;
}
