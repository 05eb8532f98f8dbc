import type { Database, Queryable } from '@citadel-miniapp/backend-kit';
import { ReportingError } from '../errors.js';
import { LIMITS } from '../limits.js';
import { findAgency, type Category, type KeywordModel } from '../routing/keyword-model.js';
import { suggest } from '../routing/suggest.js';
import { deadlineFor } from './deadlines.js';
import type { Photo } from './photos.js';
import { photoDataUrl } from './photos.js';
import type { NotifyState, PublicReport, Report, ReportDetail, Statistics, StatusEvent } from './report.js';
import { iso, toPublic, toReport, type PhotoRow, type ReportRow, type StatusEventRow } from './rows.js';
import { canMove, type Status } from './statuses.js';
import { trackingCode, vietnamYear } from './tracking-code.js';

/** A status change just recorded, for the notifier. */
export interface RecordedEvent {
  readonly id: string;
  readonly code: string;
  readonly sub: string;
  readonly status: Status;
  readonly category: Category;
}

/** What a citizen files. */
export interface NewReport {
  readonly sub: string;
  readonly category: Category;
  readonly description: string;
  readonly latitude: number;
  readonly longitude: number;
  readonly photos: readonly Photo[];
  /** The client's `Idempotency-Key`: the same key of the same citizen files one report. */
  readonly idempotencyKey?: string | undefined;
}

/** A staff decision on a report. */
export interface Transition {
  readonly status: Exclude<Status, 'received'>;
  readonly agency?: string | undefined;
  readonly note?: string | undefined;
  readonly photos?: readonly Photo[];
}

/** Staff queue filters. */
export interface QueueFilter {
  readonly status?: Status | undefined;
  readonly category?: Category | undefined;
  readonly agency?: string | undefined;
  readonly overdue?: boolean | undefined;
}

const SELECT = `SELECT r.*, (SELECT count(*) FROM photos p WHERE p.report_id = r.id AND p.kind = 'report') AS photo_count FROM reports r`;

async function addPhotos(tx: Queryable, reportId: string | number, kind: 'report' | 'response', photos: readonly Photo[]) {
  for (const [position, photo] of photos.entries()) {
    await tx.query('INSERT INTO photos (report_id, kind, position, media_type, data) VALUES ($1, $2, $3, $4, $5)', [reportId, kind, position, photo.type, photo.bytes]);
  }
}

async function addEvent(tx: Queryable, reportId: string | number, status: Status, note: string | null, at: Date): Promise<string> {
  const [row] = await tx.query<Pick<StatusEventRow, 'id'>>('INSERT INTO status_events (report_id, status, note, at) VALUES ($1, $2, $3, $4) RETURNING id', [reportId, status, note, at]);
  return String(row!.id);
}

/** The reports of one backend, over its own database. `now` is the clock (tests move it). */
export function createReports(db: Database, model: KeywordModel, now: () => Date = () => new Date()) {
  const byCode = async (q: Queryable, code: string, lock = false): Promise<ReportRow | undefined> =>
    (await q.query<ReportRow>(lock ? 'SELECT * FROM reports WHERE code = $1 FOR UPDATE' : `${SELECT} WHERE r.code = $1`, [code]))[0];

  async function detail(row: ReportRow): Promise<ReportDetail> {
    const events = await db.query<Pick<StatusEventRow, 'status' | 'note' | 'at' | 'notify_state'>>(
      'SELECT status, note, at, notify_state FROM status_events WHERE report_id = $1 ORDER BY id', [row.id]);
    const photos = await db.query<Pick<PhotoRow, 'kind' | 'media_type' | 'data'>>(
      'SELECT kind, media_type, data FROM photos WHERE report_id = $1 ORDER BY kind, position', [row.id]);
    const of = (kind: string) => photos.filter((p) => p.kind === kind).map((p) => photoDataUrl(p.media_type, p.data));
    return {
      ...toReport(row, now()),
      events: events.map((e): StatusEvent => ({ status: e.status, note: e.note, at: iso(e.at), notify: e.notify_state })),
      photos: of('report'),
      responsePhotos: of('response'),
    };
  }

  return {
    /** Files a report: routes it with the keyword model, sets its deadline, records `received`. */
    /** Files a report; with a key this citizen used before, answers that report and no event (`event` undefined). */
    async create(input: NewReport): Promise<{ report: Report; event: RecordedEvent | undefined }> {
      const at = now();
      const suggestion = suggest(model, input.description);
      // The citizen's category stands; the agency is the model's best within it.
      const routed = suggest(model, input.description, input.category);
      const group = findAgency(model, routed.agency)!.group;
      const key = input.idempotencyKey ?? null;
      const earlier = async (q: Queryable) => key === null ? undefined
        : (await q.query<ReportRow>(`${SELECT} WHERE r.sub = $1 AND r.idempotency_key = $2`, [input.sub, key]))[0];
      return db.transaction(async (tx) => {
        const filed = await earlier(tx);
        if (filed) return { report: toReport(filed, at), event: undefined };
        const [{ n }] = (await tx.query<{ n: string }>("SELECT nextval('report_number')::text AS n")) as [{ n: string }];
        const code = trackingCode(vietnamYear(at), Number(n));
        // Two sends of one key at once: the second waits for the first's commit, inserts nothing and answers its report.
        const inserted = await tx.query(
          `INSERT INTO reports (id, code, sub, category, description, latitude, longitude, suggested_category, suggested_agency, matched, agency, process_group, status, created_at, deadline_at, idempotency_key)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, NULL, $11, 'received', $12, $13, $14)
           ON CONFLICT (sub, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING RETURNING id`,
          [n, code, input.sub, input.category, input.description, input.latitude, input.longitude, suggestion.category, routed.agency,
            JSON.stringify(routed.matched.length > 0 ? routed.matched : suggestion.matched), group, at, deadlineFor(group, at), key]);
        if (inserted.length === 0) return { report: toReport((await earlier(tx))!, at), event: undefined };
        await addPhotos(tx, n, 'report', input.photos);
        const id = await addEvent(tx, n, 'received', null, at);
        const row = (await byCode(tx, code))!;
        return { report: toReport(row, at), event: { id, code, sub: input.sub, status: 'received', category: input.category } };
      });
    },

    /** One report with its timeline and photos, for its reporter or for staff; `NOT_FOUND` for anyone else. */
    async get(code: string, viewer: { sub: string; staff: boolean }): Promise<ReportDetail> {
      const row = await byCode(db, code);
      // The same answer for "no such report" and "not yours": codes are guessable, reports are not public.
      if (!row || (!viewer.staff && row.sub !== viewer.sub)) throw new ReportingError(404, 'NOT_FOUND', `No report ${code} of yours`);
      return detail(row);
    },

    /** The citizen's own reports, newest first. */
    async mine(sub: string): Promise<Report[]> {
      const rows = await db.query<ReportRow>(`${SELECT} WHERE r.sub = $1 ORDER BY r.created_at DESC, r.id DESC LIMIT ${LIMITS.page}`, [sub]);
      return rows.map((r) => toReport(r, now()));
    },

    /** The staff queue: open reports first, by deadline; filtered. */
    async queue(filter: QueueFilter): Promise<Report[]> {
      const where: string[] = [];
      const params: unknown[] = [];
      const add = (sql: string, value: unknown) => { params.push(value); where.push(sql.replace('?', `$${params.length}`)); };
      if (filter.status) add('r.status = ?', filter.status);
      if (filter.category) add('r.category = ?', filter.category);
      if (filter.agency) add('COALESCE(r.agency, r.suggested_agency) = ?', filter.agency);
      if (filter.overdue) add("r.status NOT IN ('resolved', 'rejected') AND r.deadline_at < ?", now());
      const rows = await db.query<ReportRow>(
        `${SELECT} ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
         ORDER BY (r.status IN ('resolved', 'rejected')), r.deadline_at, r.id LIMIT ${LIMITS.page}`, params);
      return rows.map((r) => toReport(r, now()));
    },

    /** Staff moves a report on; `resolved` needs a response, `rejected` a reason. */
    async transition(code: string, change: Transition): Promise<{ report: Report; event: RecordedEvent }> {
      const at = now();
      return db.transaction(async (tx) => {
        const row = await byCode(tx, code, true);
        if (!row) throw new ReportingError(404, 'NOT_FOUND', `No report ${code}`);
        const from = row.status as Status;
        if (!canMove(from, change.status)) {
          throw new ReportingError(409, 'INVALID_TRANSITION', `A report that is ${from} cannot become ${change.status}`, { from, to: change.status });
        }
        let agency = row.agency ?? row.suggested_agency;
        let group = row.process_group;
        if (change.agency !== undefined) {
          const found = findAgency(model, change.agency);
          if (!found) throw new ReportingError(400, 'UNKNOWN_AGENCY', `No agency ${change.agency} in the keyword model`);
          agency = found.id;
          group = found.group;
        }
        if ((change.status === 'resolved' || change.status === 'rejected') && !change.note) {
          throw new ReportingError(400, 'INVALID_PARAMS', change.status === 'resolved' ? 'note: say what was done' : 'note: give the reason for the rejection',
            { issues: [{ path: 'note', message: 'Required' }] });
        }
        if (change.status === 'rejected' && change.note!.length > LIMITS.reasonMax) {
          throw new ReportingError(400, 'INVALID_PARAMS', `note: a reason is at most ${LIMITS.reasonMax} characters`, { limit: LIMITS.reasonMax });
        }
        const settled = change.status === 'resolved' || change.status === 'rejected';
        // A new agency's group sets a new deadline, counted from when the citizen filed it.
        const deadline = group === row.process_group ? new Date(row.deadline_at) : deadlineFor(group as never, new Date(row.created_at));
        await tx.query(
          `UPDATE reports SET status = $2, agency = $3, process_group = $4, deadline_at = $5,
             response = CASE WHEN $2 = 'resolved' THEN $6 ELSE response END,
             reject_reason = CASE WHEN $2 = 'rejected' THEN $6 ELSE reject_reason END,
             resolved_at = CASE WHEN $7 THEN $8::timestamptz ELSE resolved_at END
           WHERE id = $1`,
          [row.id, change.status, agency, group, deadline, change.note ?? null, settled, at]);
        if (change.photos?.length) await addPhotos(tx, row.id, 'response', change.photos);
        const id = await addEvent(tx, row.id, change.status, change.note ?? null, at);
        const after = (await byCode(tx, code))!;
        return { report: toReport(after, at), event: { id, code, sub: row.sub, status: change.status, category: row.category as Category } };
      });
    },

    /** The reporter rates a resolved report, once. */
    async rate(code: string, sub: string, stars: number, comment: string | undefined): Promise<Report> {
      const at = now();
      return db.transaction(async (tx) => {
        const row = await byCode(tx, code, true);
        if (!row || row.sub !== sub) throw new ReportingError(404, 'NOT_FOUND', `No report ${code} of yours`);
        if (row.status !== 'resolved') throw new ReportingError(409, 'NOT_RESOLVED', 'Only a resolved report can be rated');
        if (row.rating !== null) throw new ReportingError(409, 'ALREADY_RATED', 'This report was already rated: one rating per report');
        await tx.query('UPDATE reports SET rating = $2, rating_comment = $3, rated_at = $4 WHERE id = $1', [row.id, stars, comment || null, at]);
        return toReport((await byCode(tx, code))!, at);
      });
    },

    /** Records what happened to the notification of a status change, and when to try again (null: never). */
    async notified(eventId: string, state: NotifyState, detail: string | null, retryAt: Date | null = null): Promise<void> {
      await db.query(
        'UPDATE status_events SET notify_state = $2, notify_detail = $3, notify_attempts = notify_attempts + 1, notify_retry_at = $4 WHERE id = $1',
        [eventId, state, detail, retryAt]);
    },

    /** Status changes whose notification is due again, oldest first, with how often it was tried. */
    async notificationsDue(limit: number): Promise<Array<RecordedEvent & { attempts: number }>> {
      const rows = await db.query<{ id: string; code: string; sub: string; status: Status; category: Category; attempts: number }>(
        `SELECT e.id::text AS id, r.code, r.sub, e.status, r.category, e.notify_attempts AS attempts
           FROM status_events e JOIN reports r ON r.id = e.report_id
          WHERE e.notify_retry_at <= $1 ORDER BY e.notify_retry_at LIMIT $2`, [now(), limit]);
      return rows.map((r) => ({ ...r, attempts: Number(r.attempts) }));
    },

    /** Resolved reports, newest first; `before` pages on `resolvedAt`. */
    async publicFeed(before?: Date): Promise<PublicReport[]> {
      const rows = await db.query<ReportRow>(
        `${SELECT} WHERE r.status = 'resolved' AND ($1::timestamptz IS NULL OR r.resolved_at < $1) ORDER BY r.resolved_at DESC, r.id DESC LIMIT ${LIMITS.page}`,
        [before ?? null]);
      return rows.map(toPublic);
    },

    /** One photo of a resolved report, for the public feed; undefined for anything else. */
    async publicPhoto(code: string, position: number): Promise<{ type: string; bytes: Uint8Array<ArrayBuffer> } | undefined> {
      const [row] = await db.query<Pick<PhotoRow, 'media_type' | 'data'>>(
        `SELECT p.media_type, p.data FROM photos p JOIN reports r ON r.id = p.report_id
         WHERE r.code = $1 AND r.status = 'resolved' AND p.kind = 'report' AND p.position = $2`, [code, position]);
      // Copied out of the driver's buffer (which may be a view into a shared pool) for the response body.
      return row ? { type: row.media_type, bytes: new Uint8Array(row.data) } : undefined;
    },

    async statistics(): Promise<Statistics> {
      const [s] = await db.query<Record<string, string | null>>(
        `SELECT count(*)::text AS received,
           count(*) FILTER (WHERE status = 'resolved')::text AS resolved,
           count(*) FILTER (WHERE status = 'rejected')::text AS rejected,
           count(*) FILTER (WHERE status NOT IN ('resolved', 'rejected'))::text AS open,
           count(*) FILTER (WHERE status NOT IN ('resolved', 'rejected') AND deadline_at < $1)::text AS overdue,
           count(*) FILTER (WHERE status = 'resolved' AND resolved_at <= deadline_at)::text AS on_time,
           count(rating)::text AS ratings,
           avg(rating)::text AS average
         FROM reports`, [now()]);
      const n = (k: string) => Number(s![k] ?? 0);
      return {
        received: n('received'), resolved: n('resolved'), rejected: n('rejected'), open: n('open'), overdue: n('overdue'),
        resolvedOnTimePercent: n('resolved') === 0 ? null : Math.round((n('on_time') / n('resolved')) * 1000) / 10,
        averageRating: s!['average'] === null ? null : Math.round(Number(s!['average']) * 100) / 100,
        ratings: n('ratings'),
      };
    },
  };
}

export type Reports = ReturnType<typeof createReports>;
