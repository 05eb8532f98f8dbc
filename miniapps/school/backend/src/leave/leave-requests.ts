import { randomBytes } from 'node:crypto';
import type { Database } from '@citadel-miniapp/backend-kit';
import { SchoolError } from '../errors.js';
import { LIMITS } from '../limits.js';
import type { Links, Member } from '../accounts/links.js';
import type { Outbox } from '../notify/outbox.js';
import type { Pupil, Roster } from '../roster/roster.js';
import type { LeaveKind, LeaveRequest, LeaveStatus } from './leave.js';
import { decisionMessage, newRequestMessages } from './notify-leave.js';

interface Row {
  id: string; pupil_id: string; class_id: string; requested_by: string; guardian_id: string; from_date: string; to_date: string;
  school_days: number; kind: LeaveKind; reason: string; status: LeaveStatus; comment: string | null; decided_by: string | null;
  decided_at: Date | string | null; created_at: Date | string;
}

/** The stored request behind a view: who asked, by sub, to notify them. */
export interface StoredLeave {
  readonly requestedBy: string;
  readonly view: LeaveRequest;
}

/** A request just made or decided, with the keys of the notifications stored with it (to send once committed). */
export interface ChangedLeave extends StoredLeave {
  readonly notifications: readonly string[];
}

const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
/** `NP-` (nghỉ phép) and eight characters that cannot be misread (no 0/O, 1/I). */
const newId = () => `NP-${[...randomBytes(8)].map((b) => ALPHABET[b % ALPHABET.length]).join('')}`;
export const LEAVE_ID = /^NP-[A-HJ-NP-Z2-9]{8}$/;

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

/** Leave requests: made by a child's guardian, decided by the child's homeroom teacher. */
export function createLeaveRequests(db: Database, roster: Roster, links: Links, outbox: Outbox, now: () => Date = () => new Date()) {
  const view = (r: Row, member: Member): LeaveRequest => {
    const pupil = roster.pupil(r.pupil_id);
    const schoolClass = roster.schoolClass(r.class_id);
    const guardian = pupil?.guardians.find((g) => g.personId === r.guardian_id);
    const pending = r.status === 'pending';
    return {
      id: r.id, pupilId: r.pupil_id, pupilName: pupil?.name ?? '', classId: r.class_id, className: schoolClass?.name ?? '',
      from: r.from_date, to: r.to_date, schoolDays: Number(r.school_days), kind: r.kind, reason: r.reason, status: r.status,
      comment: r.comment,
      requestedBy: { name: roster.person(r.guardian_id)?.name ?? '', relation: guardian?.relation ?? 'guardian' },
      decidedBy: r.decided_by === null ? null : (roster.person(r.decided_by)?.name ?? ''),
      decidedAt: iso(r.decided_at), createdAt: iso(r.created_at)!,
      canWithdraw: pending && r.requested_by === member.sub,
      canDecide: pending && schoolClass !== undefined && member.personIds.includes(schoolClass.teacherId),
    };
  };
  const stored = (r: Row, member: Member): StoredLeave => ({ requestedBy: r.requested_by, view: view(r, member) });

  return {
    /**
     * Files a request for `pupil` (dates already checked). Refuses `409 OVERLAPS` when a pending
     * or approved request of the child covers any of the days; two at once are serialised per child.
     * The homeroom teacher's notifications are stored in the same transaction.
     */
    async create(member: Member, guardianId: string, pupil: Pupil, input: { from: string; to: string; kind: LeaveKind; reason: string }, schoolDays: number): Promise<ChangedLeave> {
      const teacherSubs = await links.subsOf([roster.schoolClass(pupil.classId)!.teacherId]);
      return db.transaction(async (tx) => {
        await tx.query("SELECT pg_advisory_xact_lock(hashtext('school:leave'), hashtext($1))", [pupil.id]);
        const [clash] = await tx.query<{ id: string }>(
          `SELECT id FROM leave_requests WHERE pupil_id = $1 AND status IN ('pending', 'approved') AND from_date <= $3 AND to_date >= $2 LIMIT 1`,
          [pupil.id, input.from, input.to]);
        if (clash) throw new SchoolError(409, 'OVERLAPS', `Request ${clash.id} already covers some of these days`, { with: clash.id });
        const [made] = await tx.query<Row>(
          `INSERT INTO leave_requests (id, pupil_id, class_id, requested_by, guardian_id, from_date, to_date, school_days, kind, reason, status, created_at)
           VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, 'pending', $11) RETURNING *`,
          [newId(), pupil.id, pupil.classId, member.sub, guardianId, input.from, input.to, schoolDays, input.kind, input.reason, now()]);
        const request = stored(made!, member);
        const messages = newRequestMessages(request.view, teacherSubs);
        await outbox.enqueue(tx, messages);
        return { ...request, notifications: messages.map((m) => m.key) };
      });
    },
    async ofPupil(pupilId: string, member: Member): Promise<LeaveRequest[]> {
      return (await db.query<Row>('SELECT * FROM leave_requests WHERE pupil_id = $1 ORDER BY created_at DESC LIMIT $2', [pupilId, LIMITS.page])).map((r) => view(r, member));
    },
    async ofClass(classId: string, member: Member, status?: LeaveStatus): Promise<LeaveRequest[]> {
      const rows = status
        ? await db.query<Row>('SELECT * FROM leave_requests WHERE class_id = $1 AND status = $2 ORDER BY from_date, created_at LIMIT $3', [classId, status, LIMITS.page])
        : await db.query<Row>('SELECT * FROM leave_requests WHERE class_id = $1 ORDER BY created_at DESC LIMIT $2', [classId, LIMITS.page]);
      return rows.map((r) => view(r, member));
    },
    /** The request, if the member may see it (a guardian of the child, or the class's homeroom teacher); else the same 404 as none. */
    async get(id: string, member: Member): Promise<StoredLeave> {
      const [row] = await db.query<Row>('SELECT * FROM leave_requests WHERE id = $1', [id]);
      const pupil = row && roster.pupil(row.pupil_id);
      const schoolClass = row && roster.schoolClass(row.class_id);
      const allowed = pupil && schoolClass && (pupil.guardians.some((g) => member.personIds.includes(g.personId)) || member.personIds.includes(schoolClass.teacherId));
      if (!row || !allowed) throw new SchoolError(404, 'NOT_FOUND', 'No such leave request');
      return stored(row, member);
    },
    /** pending → approved / declined, by the homeroom teacher of the child's class; a decline needs a comment. The guardian's notification is stored with it. */
    async decide(id: string, member: Member, decision: 'approved' | 'declined', comment: string): Promise<ChangedLeave> {
      const found = await this.get(id, member);
      const schoolClass = roster.schoolClass(found.view.classId)!;
      if (!member.personIds.includes(schoolClass.teacherId)) throw new SchoolError(403, 'NOT_TEACHER', 'Only the homeroom teacher of the class decides a leave request');
      if (decision === 'declined' && comment === '') throw new SchoolError(422, 'COMMENT_REQUIRED', 'Say why the request is declined');
      return db.transaction(async (tx) => {
        const [row] = await tx.query<Row>(
          `UPDATE leave_requests SET status = $2, comment = $3, decided_by = $4, decided_at = $5 WHERE id = $1 AND status = 'pending' RETURNING *`,
          [id, decision, comment === '' ? null : comment, schoolClass.teacherId, now()]);
        if (!row) throw new SchoolError(409, 'INVALID_TRANSITION', `The request is ${found.view.status}, no longer pending`, { status: found.view.status });
        const decided = stored(row, member);
        const message = decisionMessage(decided.view, decided.requestedBy);
        await outbox.enqueue(tx, [message]);
        return { ...decided, notifications: [message.key] };
      });
    },
    /** pending → withdrawn, by the guardian who asked. */
    async withdraw(id: string, member: Member): Promise<StoredLeave> {
      const found = await this.get(id, member);
      if (found.requestedBy !== member.sub) throw new SchoolError(403, 'NOT_REQUESTER', 'Only the guardian who asked may withdraw a request');
      const [row] = await db.query<Row>(`UPDATE leave_requests SET status = 'withdrawn' WHERE id = $1 AND status = 'pending' RETURNING *`, [id]);
      if (!row) throw new SchoolError(409, 'INVALID_TRANSITION', `The request is ${found.view.status}, no longer pending`, { status: found.view.status });
      return stored(row, member);
    },
  };
}

export type LeaveRequests = ReturnType<typeof createLeaveRequests>;
