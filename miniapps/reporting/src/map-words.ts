import type { Lang } from '@citadel-miniapp/web-kit';

/** The report map's words, by language. */
export const MAP_WORDS = {
  vi: { map: 'Bản đồ vị trí phản ánh', reportHere: 'Nơi xảy ra sự việc', youAreHere: 'Bạn ở đây', approximate: '(phường gần đúng)', lookingUp: 'Đang tìm địa chỉ…' },
  en: { map: 'Map of the report\'s position', reportHere: 'The problem is here', youAreHere: 'You are here', approximate: '(approximate ward)', lookingUp: 'Finding the address…' },
} as const satisfies Record<Lang, Record<string, string>>;
