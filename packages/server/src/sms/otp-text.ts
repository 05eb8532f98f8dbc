/**
 * The text of a one-time-code SMS: Vietnamese without diacritics, since Vietnamese brandname gateways expect plain
 * ASCII (one 160-character GSM segment, no Unicode surcharge; eSMS `IsUnicode` 0). It names the service and the
 * lifetime and tells the reader never to pass the code on, the usual wording of Vietnamese banks' OTPs.
 */
export function otpText(code: string, minutes: number): string {
  return `Ma xac thuc Citadel cua ban la ${code}. Het han sau ${minutes} phut. Khong chia se ma nay cho bat ky ai.`;
}
