/**
 * The time zone of the city's services: a deadline, an alert's expiry or a payment happen in Huế's time, whatever the
 * phone's (issue 16: a tourist's phone showed the host's and the apps' times 7 h apart).
 */
export const CIVIC_TIME_ZONE = 'Asia/Ho_Chi_Minh';

/** The phone's own time zone, as the browser or Node reports it (an IANA name such as `Europe/Paris`). */
export const phoneTimeZone = (): string => new Intl.DateTimeFormat().resolvedOptions().timeZone;

/**
 * Whether `zone` is Huế's, under any of its names: ICU and so browsers may report it as `Asia/Saigon`, the zone's
 * older name, which the runtime resolves `CIVIC_TIME_ZONE` to as well.
 */
export function isCivicZone(zone: string): boolean {
  if (zone === CIVIC_TIME_ZONE) return true;
  try {
    const canonical = (name: string) => new Intl.DateTimeFormat('en', { timeZone: name }).resolvedOptions().timeZone;
    return canonical(zone) === canonical(CIVIC_TIME_ZONE);
  } catch {
    return false; // not a zone this runtime knows
  }
}
