import { ANTI_PHISHING_MAX, NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from '@citadel/protocol/api';

export { NAME_MAX };

/** Why a field's value is refused before it is sent; the screens turn it into text. */
export type FieldProblem = 'required' | 'phone' | 'passwordLength' | 'nationalId' | 'tooLong' | 'date' | 'invalid' | 'code' | 'pin' | 'pinMismatch' | 'words';

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

/** A password as long as the contract's `Password` allows (counted as the contract and the input's `maxlength` count). */
export function checkPassword(value: string): FieldProblem | undefined {
  if (value === '') return 'required';
  return value.length < PASSWORD_MIN || value.length > PASSWORD_MAX ? 'passwordLength' : undefined;
}

/** A required name (or ward) of at most `NAME_MAX` characters, as the contract's `PersonName`. */
export function checkName(value: string): FieldProblem | undefined {
  const name = value.trim();
  if (name === '') return 'required';
  return name.length > NAME_MAX ? 'tooLong' : undefined;
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

/** A one-time code: six digits (spaces the citizen typed are dropped). */
export function checkCode(value: string): FieldProblem | undefined {
  const code = value.replace(/\s/g, '');
  if (code === '') return 'required';
  return /^\d{6}$/.test(code) ? undefined : 'code';
}

/** A payment PIN: six digits. */
export function checkPin(value: string): FieldProblem | undefined {
  if (value === '') return 'required';
  return /^\d{6}$/.test(value) ? undefined : 'pin';
}

/** Anti-phishing words: 3 to `ANTI_PHISHING_MAX` characters after trimming, as the contract's `AntiPhishingWords`. */
export function checkWords(value: string): FieldProblem | undefined {
  const words = value.trim();
  if (words === '') return 'required';
  return words.length < 3 || words.length > ANTI_PHISHING_MAX ? 'words' : undefined;
}
