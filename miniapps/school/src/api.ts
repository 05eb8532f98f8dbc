import type { Client } from '@citadel/sdk';
import { backendOrigin, createBackend } from '@citadel-miniapp/web-kit';
import type { AnnouncementWithDelivery, Announcement } from '../backend/src/announcements/announcement.js';
import type { LeaveKind, LeaveRequest, LeaveStatus } from '../backend/src/leave/leave.js';
import type { Outcome } from '../backend/src/announcements/announcement.js';
import type { ChildView, ClassPage, LinkAnswer } from '../backend/src/roster/views.js';
import type { Transcript } from '../backend/src/transcripts/transcript.js';
import type { Fee, FeePayment } from '../backend/src/tuition/fee.js';

/** The app's own backend (`miniapps/school/backend`), at the origin the build was given (VITE_BACKEND_ORIGIN). */
export const BACKEND = backendOrigin(import.meta.env.VITE_BACKEND_ORIGIN);

export type { Announcement, AnnouncementWithDelivery, ChildView, ClassPage, Fee, FeePayment, LeaveKind, LeaveRequest, LeaveStatus, LinkAnswer, Outcome, Transcript };

/**
 * The backend, as the signed-in citizen. `link()` is the one call whose identity token asks for
 * the name and phone number (the host asks the citizen the first time); every other call carries
 * a session the backend gave for a bare token.
 */
export function createApi(client: Client) {
  const backend = createBackend(BACKEND, client);
  const get = backend.signed;
  const post = <T>(path: string, body: unknown = {}) => backend.signed<T>(path, { body });
  const id = encodeURIComponent;
  return {
    link: () => backend.withClaims<LinkAnswer>('/link', ['name', 'phone']),
    child: async (pupil: string) => (await get<{ child: ChildView }>(`/pupils/${id(pupil)}`)).child,
    leaveDays: (pupil: string) => get<{ days: string[]; maxSchoolDays: number; maxDaysAhead: number }>(`/pupils/${id(pupil)}/leave-days`),
    leaveOf: async (pupil: string) => (await get<{ requests: LeaveRequest[] }>(`/pupils/${id(pupil)}/leave`)).requests,
    /** `key`: one `newIdempotencyKey()` per request the guardian means to send, so a second tap or a retry makes one. */
    askLeave: (pupil: string, input: { from: string; to: string; kind: LeaveKind; reason: string }, key: string) =>
      backend.signed<{ request: LeaveRequest; notified: Outcome[] }>(`/pupils/${id(pupil)}/leave/new`, { body: input, idempotencyKey: key }),
    leave: async (leaveId: string) => (await get<{ request: LeaveRequest }>(`/leave/${id(leaveId)}`)).request,
    withdraw: async (leaveId: string) => (await post<{ request: LeaveRequest }>(`/leave/${id(leaveId)}/withdraw`)).request,
    decide: (leaveId: string, decision: 'approved' | 'declined', comment: string) =>
      post<{ request: LeaveRequest; notified: Outcome[] }>(`/leave/${id(leaveId)}/decision`, { decision, comment }),
    transcript: async (pupil: string, term: 1 | 2) => (await get<{ transcript: Transcript }>(`/pupils/${id(pupil)}/transcript?term=${term}`)).transcript,
    fees: async (pupil: string) => (await get<{ fees: Fee[] }>(`/pupils/${id(pupil)}/fees`)).fees,
    fee: async (feeId: string) => (await get<{ fee: Fee }>(`/fees/${id(feeId)}`)).fee,
    pay: async (feeId: string) => (await post<{ payment: FeePayment }>(`/fees/${id(feeId)}/pay`)).payment,
    announcements: async () => (await get<{ announcements: Announcement[] }>('/announcements')).announcements,
    announcement: async (aId: string) => (await get<{ announcement: Announcement }>(`/announcements/${id(aId)}`)).announcement,
    schoolClass: (classId: string) => get<ClassPage>(`/classes/${id(classId)}`),
    classLeave: async (classId: string, status?: LeaveStatus) =>
      (await get<{ requests: LeaveRequest[] }>(`/classes/${id(classId)}/leave${status ? `?status=${status}` : ''}`)).requests,
    classAnnouncements: async (classId: string) => (await get<{ announcements: AnnouncementWithDelivery[] }>(`/classes/${id(classId)}/announcements`)).announcements,
    announce: async (classId: string, input: { title: string; body: string; clientKey: string }) =>
      (await post<{ announcement: AnnouncementWithDelivery }>(`/classes/${id(classId)}/announcements/new`, input)).announcement,
    resend: async (aId: string) => (await post<{ announcement: AnnouncementWithDelivery }>(`/announcements/${id(aId)}/resend`)).announcement,
  };
}

export type Api = ReturnType<typeof createApi>;
