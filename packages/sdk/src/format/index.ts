export { CIVIC_TIME_ZONE, isCivicZone, phoneTimeZone } from './civic-time.js';
export { formatDate, type DateOptions } from './calendar-date.js';
export { localeOf, type Lang } from './lang.js';
export { formatMoment, type MomentOptions } from './moment.js';
export { formatMoney } from './money.js';
