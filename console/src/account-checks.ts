import { NAME_MAX, PASSWORD_MAX, PASSWORD_MIN } from '@citadel/protocol/api';

/** Why a sign-up or recovery field is refused before it is sent; the screens say it in the person's language. */
export type AccountProblem = 'required' | 'phone' | 'code' | 'name' | 'password';

/** A new password as the contract's `Password` takes it: `PASSWORD_MIN` to `PASSWORD_MAX` characters, as typed. */
export function checkNewPassword(value: string): AccountProblem | undefined {
  if (value === '') return 'required';
  return value.length < PASSWORD_MIN || value.length > PASSWORD_MAX ? 'password' : undefined;
}

/** A display name as the contract's `PersonName` takes it: 1 to `NAME_MAX` characters after trimming. */
export function checkName(value: string): AccountProblem | undefined {
  const name = value.trim();
  if (name === '') return 'required';
  return name.length > NAME_MAX ? 'name' : undefined;
}

/** A one-time code as typed: six digits once spaces are dropped. */
export const codeOf = (value: string): string => value.replace(/\s/g, '');

/** A one-time code: six digits (spaces dropped). */
export function checkCode(value: string): AccountProblem | undefined {
  const code = codeOf(value);
  if (code === '') return 'required';
  return /^\d{6}$/.test(code) ? undefined : 'code';
}
