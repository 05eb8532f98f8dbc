import { OtpCode, Password, PersonName } from '@citadel/protocol/api';

/** Why a sign-up or recovery field is refused before it is sent; the screens say it in the person's language. */
export type AccountProblem = 'required' | 'phone' | 'code' | 'name' | 'password';

// Each field is checked with the contract's own schema, so the console refuses exactly what the platform would.

/** A new password as the contract's `Password` takes it: `PASSWORD_MIN` to `PASSWORD_MAX` characters, as typed. */
export const checkNewPassword = (value: string): AccountProblem | undefined =>
  (value === '' ? 'required' : Password.safeParse(value).success ? undefined : 'password');

/** A display name as the contract's `PersonName` takes it: 1 to `NAME_MAX` characters after trimming. */
export const checkName = (value: string): AccountProblem | undefined =>
  (value.trim() === '' ? 'required' : PersonName.safeParse(value).success ? undefined : 'name');

/** A one-time code as typed, its spaces dropped. */
export const codeOf = (value: string): string => value.replace(/\s/g, '');

/** A one-time code as the contract's `OtpCode` takes it: six digits (spaces dropped). */
export const checkCode = (value: string): AccountProblem | undefined =>
  (codeOf(value) === '' ? 'required' : OtpCode.safeParse(codeOf(value)).success ? undefined : 'code');
