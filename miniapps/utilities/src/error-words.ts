import { createDescribeError, type Lang } from '@citadel-miniapp/web-kit';
import type { UtilitiesErrorCode } from '../backend/src/errors.js';
import { LIMITS } from '../backend/src/limits.js';

/**
 * The app's codes a household can meet outside a proof (`proofError` says those), and the fields its forms send, in
 * both languages (the kit says the rest).
 */
const words = {
  vi: {
    codes: {
      NOT_FOUND: 'Không tìm thấy mã khách hàng hoặc hoá đơn này trong tài khoản của bạn.',
      ALREADY_PAID: 'Hoá đơn này đã được thanh toán.',
      PLATFORM_REFUSED: 'Chưa tạo được đơn thanh toán. Vui lòng thử lại sau.',
      NOT_PAID: 'Hoá đơn này chưa được thanh toán.',
      ORDER_MISMATCH: 'Thanh toán không khớp với hoá đơn. Hãy liên hệ nhà cung cấp.',
    },
    fields: { code: 'Mã khách hàng (6 đến 20 chữ cái và chữ số)', label: `Tên gợi nhớ (tối đa ${LIMITS.labelMax} ký tự)`, billAmount: 'Số tiền một hoá đơn gần đây', ward: 'Phường' },
  },
  en: {
    codes: {
      NOT_FOUND: 'This customer code or bill is not in your account.',
      ALREADY_PAID: 'This bill is already paid.',
      PLATFORM_REFUSED: 'The payment could not be started. Please try again later.',
      NOT_PAID: 'This bill is not paid yet.',
      ORDER_MISMATCH: 'The payment does not match the bill. Contact the provider.',
    },
    fields: { code: 'Customer code (6 to 20 letters and digits)', label: `Name (at most ${LIMITS.labelMax} characters)`, billAmount: 'The amount of a recent bill', ward: 'Ward' },
  },
} as const satisfies Record<Lang, {
  codes: Partial<Record<UtilitiesErrorCode, string>>; fields: Record<string, string>;
}>;

/** What the household is told about a failed call, in the page's language: the web kit's `describeError` with the app's words. */
export const describeError = createDescribeError((lang) => words[lang]);
