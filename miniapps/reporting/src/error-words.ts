import { createDescribeError, type Lang } from '@citadel-miniapp/web-kit';
import { MAX_PHOTOS } from './photos.js';
import type { ReportingErrorCode } from '../backend/src/errors.js';

/** The app's codes the citizen can meet, and the fields its forms send, in both languages (the kit says the rest). */
const words = {
  vi: {
    codes: {
      OUT_OF_AREA: 'Vị trí nằm ngoài Huế: dịch vụ này chỉ nhận phản ánh trong địa bàn Huế.',
      TOO_MANY_PHOTOS: `Mỗi phản ánh có tối đa ${MAX_PHOTOS} ảnh.`,
      PHOTO_TOO_LARGE: 'Một ảnh quá lớn. Hãy chọn ảnh khác.',
      PHOTO_NOT_IMAGE: 'Một tệp không phải ảnh JPEG hay WebP. Hãy chọn ảnh khác.',
      NOT_STAFF: 'Chỉ cán bộ xử lý mới làm được việc này.',
      NOT_FOUND: 'Không tìm thấy phản ánh này.',
      INVALID_TRANSITION: 'Phản ánh không thể chuyển sang trạng thái này.',
      NOT_RESOLVED: 'Chỉ đánh giá được phản ánh đã xử lý xong.',
      ALREADY_RATED: 'Bạn đã đánh giá phản ánh này.',
      UNKNOWN_AGENCY: 'Không có đơn vị xử lý này.',
    },
    fields: { category: 'Lĩnh vực', description: 'Mô tả sự việc', latitude: 'Vị trí', longitude: 'Vị trí', photos: 'Ảnh', stars: 'Số sao', comment: 'Nhận xét', note: 'Nội dung trả lời', agency: 'Đơn vị xử lý' },
  },
  en: {
    codes: {
      OUT_OF_AREA: 'The position is outside Huế: this service takes reports in Huế only.',
      TOO_MANY_PHOTOS: `A report takes at most ${MAX_PHOTOS} photos.`,
      PHOTO_TOO_LARGE: 'A photo is too large. Pick another one.',
      PHOTO_NOT_IMAGE: 'A file is not a JPEG or WebP photo. Pick another one.',
      NOT_STAFF: 'Only the reporting service\'s staff may do this.',
      NOT_FOUND: 'This report was not found.',
      INVALID_TRANSITION: 'The report cannot move to this status.',
      NOT_RESOLVED: 'Only a resolved report can be rated.',
      ALREADY_RATED: 'You already rated this report.',
      UNKNOWN_AGENCY: 'There is no such agency.',
    },
    fields: { category: 'Category', description: 'What is wrong', latitude: 'Position', longitude: 'Position', photos: 'Photos', stars: 'Stars', comment: 'Comment', note: 'Answer', agency: 'Agency' },
  },
} as const satisfies Record<Lang, { codes: Record<Exclude<ReportingErrorCode, 'INVALID_PARAMS'>, string>; fields: Record<string, string> }>;

/** What the citizen is told about a failed call, in the page's language: `describeError` of the web kit with the app's words. */
export const describeError = createDescribeError((lang) => words[lang]);
