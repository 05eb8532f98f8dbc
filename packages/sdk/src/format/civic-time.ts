/**
 * The time zone of the city's services: a deadline, an alert's expiry or a payment happen in Huế's time, whatever the
 * phone's (issue 16: a tourist's phone showed the host's and the apps' times 7 h apart).
 */
export const CIVIC_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The phone's own time zone, as the browser or Node reports it (an IANA name such as `Europe/Paris`). */
export const phoneTimeZone = (): string => new Intl.DateTimeFormat().resolvedOptions().timeZone;
