import { createDescribeError, type Lang } from '@citadel-miniapp/web-kit';
import type { SchoolErrorCode } from '../backend/src/errors.js';
import { LIMITS } from '../backend/src/limits.js';

/** The app's codes a guardian or teacher can meet, and the fields its forms send, in both languages (the kit says the rest). */
const words = {
  vi: {
    codes: {
      PHONE_REQUIRED: 'Cần số điện thoại của bạn để tìm học sinh trong danh sách của trường.',
      PHONE_UNVERIFIED: 'Số điện thoại của bạn chưa được xác thực. Hãy xác thực trong mục Tài khoản.',
      NOT_FOUND: 'Không tìm thấy mục này.',
      NOT_TEACHER: 'Chỉ giáo viên chủ nhiệm của lớp mới làm được việc này.',
      NOT_REQUESTER: 'Chỉ phụ huynh đã gửi đơn mới rút được đơn.',
      NOT_A_SCHOOL_DAY: 'Ngày đã chọn không phải ngày học.',
      IN_THE_PAST: 'Không xin nghỉ cho ngày đã qua.',
      TOO_FAR_AHEAD: `Chỉ xin nghỉ trước tối đa ${LIMITS.leaveMaxDaysAhead} ngày.`,
      TOO_LONG: `Mỗi đơn xin nghỉ tối đa ${LIMITS.leaveMaxSchoolDays} ngày học.`,
      OVERLAPS: 'Đã có đơn xin nghỉ trùng những ngày này.',
      INVALID_TRANSITION: 'Đơn này đã được xử lý, không thay đổi được nữa.',
      COMMENT_REQUIRED: 'Hãy ghi lý do khi không duyệt đơn.',
      ALREADY_PAID: 'Khoản này đã được thanh toán.',
      NOTHING_TO_PAY: 'Không còn khoản nào phải nộp.',
      PAYMENT_IN_PROGRESS: 'Khoản này đang được thanh toán. Vui lòng đợi giây lát.',
      PLATFORM_REFUSED: 'Chưa tạo được đơn thanh toán. Vui lòng thử lại sau.',
      DAILY_LIMIT: `Mỗi lớp gửi tối đa ${LIMITS.announcementsPerClassPerDay} thông báo một ngày.`,
      ORDER_MISMATCH: 'Thanh toán không khớp với khoản phải nộp. Hãy liên hệ nhà trường.',
    },
    fields: { from: 'Từ ngày', to: 'Đến ngày', kind: 'Lý do', reason: 'Nội dung', comment: 'Nhận xét', title: 'Tiêu đề', body: 'Nội dung' },
  },
  en: {
    codes: {
      PHONE_REQUIRED: 'Your phone number is needed to find your child on the school\'s list.',
      PHONE_UNVERIFIED: 'Your phone number is not verified yet. Verify it under Account.',
      NOT_FOUND: 'Not found.',
      NOT_TEACHER: 'Only the class\'s homeroom teacher may do this.',
      NOT_REQUESTER: 'Only the guardian who sent the request may withdraw it.',
      NOT_A_SCHOOL_DAY: 'The chosen day is not a school day.',
      IN_THE_PAST: 'Leave cannot be asked for a day that has passed.',
      TOO_FAR_AHEAD: `Leave may be asked at most ${LIMITS.leaveMaxDaysAhead} days ahead.`,
      TOO_LONG: `One request covers at most ${LIMITS.leaveMaxSchoolDays} school days.`,
      OVERLAPS: 'A leave request already covers these days.',
      INVALID_TRANSITION: 'This request was already handled and cannot change.',
      COMMENT_REQUIRED: 'Say why when you decline.',
      ALREADY_PAID: 'This is already paid.',
      NOTHING_TO_PAY: 'Nothing is due.',
      PAYMENT_IN_PROGRESS: 'This is being paid. Please wait a moment.',
      PLATFORM_REFUSED: 'The payment could not be started. Please try again later.',
      DAILY_LIMIT: `A class sends at most ${LIMITS.announcementsPerClassPerDay} announcements a day.`,
      ORDER_MISMATCH: 'The payment does not match what is due. Contact the school.',
    },
    fields: { from: 'From', to: 'To', kind: 'Reason', reason: 'Details', comment: 'Comment', title: 'Title', body: 'Message' },
  },
} as const satisfies Record<Lang, { codes: Record<Exclude<SchoolErrorCode, 'INVALID_PARAMS'>, string>; fields: Record<string, string> }>;

/** What the guardian or teacher is told about a failed call, in the page's language: the web kit's `describeError` with the app's words. */
export const describeError = createDescribeError((lang) => words[lang]);
