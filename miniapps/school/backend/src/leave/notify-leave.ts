import type { Message } from '../notify/outbox.js';
import type { LeaveRequest } from './leave.js';

// A push can show on a locked screen: no child's name, no reason, only the class and the request id.
const path = (id: string) => `/leave/${encodeURIComponent(id)}`;

/** Tells the homeroom teacher (every citizen linked as them, `teacherSubs`) that a request waits for them. */
export const newRequestMessages = (request: LeaveRequest, teacherSubs: readonly string[]): Message[] => teacherSubs.map((to) => ({
  key: `leave-new-${request.id}-${to}`,
  input: {
    to, topic: 'leave', path: path(request.id),
    title: { vi: 'Đơn xin nghỉ học mới', en: 'New leave request' },
    body: {
      vi: `Lớp ${request.className}: đơn ${request.id} xin nghỉ ${request.schoolDays} ngày học đang chờ thầy/cô duyệt.`,
      en: `Class ${request.className}: request ${request.id} for ${request.schoolDays} school days is waiting for you.`,
    },
  },
}));

/** Tells the guardian who asked (`requestedBy`) what the homeroom teacher decided. */
export function decisionMessage(request: LeaveRequest, requestedBy: string): Message {
  const approved = request.status === 'approved';
  return {
    key: `leave-${request.status}-${request.id}`,
    input: {
      to: requestedBy, topic: 'leave', path: path(request.id),
      title: approved ? { vi: 'Đơn xin nghỉ học đã được duyệt', en: 'Leave request approved' } : { vi: 'Đơn xin nghỉ học chưa được chấp thuận', en: 'Leave request declined' },
      body: { vi: `Đơn ${request.id}, lớp ${request.className}. Chạm để xem nhận xét của giáo viên chủ nhiệm.`, en: `Request ${request.id}, class ${request.className}. Tap to read the homeroom teacher's comment.` },
    },
  };
}
