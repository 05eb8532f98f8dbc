/** Why a phone number is refused before it is sent. */
export type PhoneProblem = 'required' | 'phone';

/** The number as sent: spaces, dots, dashes and brackets removed. */
export const normalisePhone = (value: string): string => value.replace(/[\s.\-()]/g, '');

/**
 * A Vietnamese mobile number, as the platform accepts it: `0`, `84` or `+84`, then nine digits starting 3, 5, 7, 8 or 9
 * (`0912 345 678`, `+84 912 345 678`).
 */
export function checkPhone(value: string): PhoneProblem | undefined {
  const phone = normalisePhone(value);
  if (phone === '') return 'required';
  return /^(?:0|84|\+84)[35789]\d{8}$/.test(phone) ? undefined : 'phone';
}
