import { ApiError, ClientErrorCode } from '../net/api-error.js';

// Light checks of what the platform answers: enough that a screen never renders `undefined`,
// without shipping a schema library to cheap phones for a contract the platform owns.

/** A JSON object read from a platform answer. */
export type Obj = Record<string, unknown>;

/** The error for an answer that is not what the contract says. */
export const bad = (what: string) => new ApiError(ClientErrorCode.BAD_RESPONSE, `Unexpected ${what} from the platform`, { status: 200 });

/** `value` as an object, or `bad(what)`. */
export const obj = (value: unknown, what: string): Obj => {
  if (value && typeof value === 'object' && !Array.isArray(value)) return value as Obj;
  throw bad(what);
};

/** `value` as a string, or `bad(what)`. */
export const str = (value: unknown, what: string): string => {
  if (typeof value === 'string') return value;
  throw bad(what);
};

/** A non-empty string, or null. */
export const optStr = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
