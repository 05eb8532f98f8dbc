/**
 * Moments and calendar dates are written by the platform's one formatter (`@citadel/sdk/format`), the one the
 * mini-apps' kit and the payment sheet use: a moment in Huế's time, naming the zone on a phone set to another.
 */
export { formatDate, formatMoment } from '@citadel/sdk/format';

/** A Vietnamese number as people write it (`+84912345678` → `0912 345 678`); anything else as given. */
export function formatPhone(phone: string): string {
  const match = /^\+84(\d{3})(\d{3})(\d{3})$/.exec(phone);
  return match ? `0${match[1]} ${match[2]} ${match[3]}` : phone;
}
