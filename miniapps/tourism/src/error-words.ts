import { createDescribeError, type Lang } from '@citadel-miniapp/web-kit';
import type { TourismErrorCode } from '../backend/src/errors.js';
import { LIMITS } from '../backend/src/limits.js';

/** The app's codes a visitor can meet, and the fields its forms send, in both languages (the kit says the rest). */
const words = {
  vi: {
    codes: {
      NOT_FOUND: 'Không tìm thấy địa điểm hoặc vé này.',
      FREE_ENTRY: 'Địa điểm này miễn phí vào cửa, không cần mua vé.',
      ALREADY_REVIEWED: 'Bạn đã đánh giá địa điểm này.',
      PLATFORM_REFUSED: 'Chưa tạo được đơn thanh toán. Vui lòng thử lại sau.',
      NOT_A_TICKET: 'Đây không phải vé hợp lệ.',
      ALREADY_USED: 'Vé này đã được dùng.',
      NOT_GATE: 'Chỉ cổng soát vé mới làm được việc này.',
      GATE_NOT_CONFIGURED: 'Cổng soát vé chưa sẵn sàng.',
      ORDER_MISMATCH: 'Thanh toán không khớp với vé. Hãy liên hệ ban quản lý.',
    },
    fields: { quantity: `Số vé (tối đa ${LIMITS.ticketsPerOrder})`, stars: 'Số sao', comment: 'Nhận xét', lat: 'Vị trí', lon: 'Vị trí' },
  },
  en: {
    codes: {
      NOT_FOUND: 'This place or ticket was not found.',
      FREE_ENTRY: 'This place is free to enter: no ticket is needed.',
      ALREADY_REVIEWED: 'You already reviewed this place.',
      PLATFORM_REFUSED: 'The payment could not be started. Please try again later.',
      NOT_A_TICKET: 'This is not a valid ticket.',
      ALREADY_USED: 'This ticket was already used.',
      NOT_GATE: 'Only a ticket gate may do this.',
      GATE_NOT_CONFIGURED: 'The ticket gate is not ready.',
      ORDER_MISMATCH: 'The payment does not match the ticket. Contact the site\'s office.',
    },
    fields: { quantity: `Tickets (at most ${LIMITS.ticketsPerOrder})`, stars: 'Stars', comment: 'Comment', lat: 'Position', lon: 'Position' },
  },
} as const satisfies Record<Lang, { codes: Record<Exclude<TourismErrorCode, 'INVALID_PARAMS'>, string>; fields: Record<string, string> }>;

/** What the visitor is told about a failed call, in the page's language: the web kit's `describeError` with the app's words. */
export const describeError = createDescribeError((lang) => words[lang]);
