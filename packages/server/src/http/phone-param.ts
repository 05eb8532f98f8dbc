import { normalizePhone } from '../accounts/phone.js';
import { ApiError } from '../errors.js';

/** The body's phone number as E.164, or 400 `INVALID_PARAMS` naming `phone`. */
export function phoneOf(input: string): string {
  const phone = normalizePhone(input);
  if (!phone) throw new ApiError(400, 'INVALID_PARAMS', 'phone: not a Vietnamese mobile number', { issues: [{ path: 'phone', message: 'not a Vietnamese mobile number' }] });
  return phone;
}
