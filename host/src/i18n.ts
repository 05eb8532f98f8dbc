import type { Category } from '@citadel/protocol';
import type { Lang } from '@citadel/ui';

const strings = {
  vi: {
    appName: 'Huế-S',
    tagline: 'Mọi dịch vụ của thành phố trong một ứng dụng',
    search: 'Tìm dịch vụ',
    recent: 'Dùng gần đây',
    all: 'Tất cả dịch vụ',
    noResults: 'Không tìm thấy dịch vụ nào',
    offline: 'Không tải được danh sách dịch vụ. Kiểm tra kết nối rồi thử lại.',
    retry: 'Thử lại',
    language: 'English',
    languageLabel: 'Chuyển sang tiếng Anh',
    loading: 'Đang tải dịch vụ…',
    categories: {
      'public-services': 'Dịch vụ công',
      reporting: 'Phản ánh hiện trường',
      utilities: 'Điện nước',
      education: 'Giáo dục',
      tourism: 'Du lịch',
      alerts: 'Cảnh báo',
    } satisfies Record<Category, string>,
  },
  en: {
    appName: 'Huế-S',
    tagline: "Every city service in one app",
    search: 'Search services',
    recent: 'Recently used',
    all: 'All services',
    noResults: 'No service matches',
    offline: 'Could not load the services. Check your connection and try again.',
    retry: 'Try again',
    language: 'Tiếng Việt',
    languageLabel: 'Switch to Vietnamese',
    loading: 'Loading services…',
    categories: {
      'public-services': 'Public services',
      reporting: 'On-site reporting',
      utilities: 'Electricity & water',
      education: 'Education',
      tourism: 'Tourism',
      alerts: 'Alerts',
    } satisfies Record<Category, string>,
  },
} as const;

/** The host's strings in `lang`. */
export const hostStrings = (lang: Lang) => strings[lang];
