/** Why a field's value is refused before it is sent; the screens turn it into text. */
export type FieldProblem = 'required' | 'phone' | 'passwordLength' | 'nationalId' | 'tooLong' | 'date' | 'invalid';

/** Password length rule, shared with the server's (`docs/platform-api.md`). */
export const PASSWORD_MIN = 8;
/** Longest password accepted. */
export const PASSWORD_MAX = 128;
/** Longest name (and ward) the platform accepts. */
export const NAME_MAX = 80;

/** The phone number as sent: spaces, dots, dashes and brackets removed. */
export const normalisePhone = (value: string) => value.replace(/[\s.\-()]/g, '');

/**
 * A Vietnamese mobile number, as the platform accepts it: `0`, `84` or `+84`, then nine digits
 * starting 3, 5, 7, 8 or 9 (`0912 345 678`, `+84 912 345 678`).
 */
export function checkPhone(value: string): FieldProblem | undefined {
  const phone = normalisePhone(value);
  if (phone === '') return 'required';
  return /^(?:0|84|\+84)[35789]\d{8}$/.test(phone) ? undefined : 'phone';
}

/** A password of 8 to 128 characters (code points, as a person counts them). */
export function checkPassword(value: string): FieldProblem | undefined {
  if (value === '') return 'required';
  const length = [...value].length;
  return length < PASSWORD_MIN || length > PASSWORD_MAX ? 'passwordLength' : undefined;
}

/** A required name (or ward) of at most `NAME_MAX` characters. */
export function checkName(value: string): FieldProblem | undefined {
  const name = value.trim();
  if (name === '') return 'required';
  return [...name].length > NAME_MAX ? 'tooLong' : undefined;
}

/** The 12-digit national identity (CCCD) number. */
export function checkNationalId(value: string): FieldProblem | undefined {
  const id = value.replace(/\s/g, '');
  if (id === '') return 'required';
  return /^\d{12}$/.test(id) ? undefined : 'nationalId';
}

/** A `YYYY-MM-DD` date that exists and is not in the future. */
export function checkDate(value: string, today = new Date()): FieldProblem | undefined {
  if (value === '') return 'required';
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return 'date';
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const real = date.toISOString().slice(0, 10) === value;
  return real && date.getTime() <= today.getTime() && Number(match[1]) >= 1900 ? undefined : 'date';
}

/** Anything typed at all (a password at sign-in is checked by the server, whatever its length). */
export const checkRequired = (value: string): FieldProblem | undefined => (value === '' ? 'required' : undefined);
