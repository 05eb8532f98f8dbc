import type { Relation } from '../roster/roster-types.js';

export type LeaveStatus = 'pending' | 'approved' | 'declined' | 'withdrawn';
export type LeaveKind = 'sick' | 'family' | 'other';

/** A leave request as its child's guardians and homeroom teacher see it. */
export interface LeaveRequest {
  /** `NP-` and eight letters or digits. */
  readonly id: string;
  readonly pupilId: string;
  readonly pupilName: string;
  readonly classId: string;
  readonly className: string;
  /** `YYYY-MM-DD`, both included. */
  readonly from: string;
  readonly to: string;
  /** How many school days it covers: what counts against `leaveMaxSchoolDays`. */
  readonly schoolDays: number;
  readonly kind: LeaveKind;
  readonly reason: string;
  readonly status: LeaveStatus;
  /** The teacher's comment with the decision. */
  readonly comment: string | null;
  /** The guardian who asked, as the school registered them. */
  readonly requestedBy: { readonly name: string; readonly relation: Relation };
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  readonly createdAt: string;
  /** For the caller: they asked and it is still pending. */
  readonly canWithdraw: boolean;
  /** For the caller: they are the class's homeroom teacher and it is still pending. */
  readonly canDecide: boolean;
}

