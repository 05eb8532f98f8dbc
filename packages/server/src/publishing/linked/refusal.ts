import type { LinkedOriginRefusal } from '@citadel/protocol/api';
/** Why the platform refused a linked app's origin: the protocol's closed set (`LinkedOriginRefusal` in `@citadel/protocol/api`). */
export type { LinkedOriginRefusal } from '@citadel/protocol/api';

/** A refusal: its code, a message for the partner, and the facts behind it. */
export interface LinkedOriginRefused {
  readonly ok: false;
  readonly code: LinkedOriginRefusal;
  readonly message: string;
  readonly detail?: Readonly<Record<string, unknown>>;
}

/** What verifying a linked app's origin came to: the verified origin, or why not. */
export type LinkedOriginVerdict = { readonly ok: true; readonly origin: string } | LinkedOriginRefused;

/** A refusal with `code`, `message` and, when given, `detail`. */
export const refuse = (code: LinkedOriginRefusal, message: string, detail?: Readonly<Record<string, unknown>>): LinkedOriginRefused =>
  detail === undefined ? { ok: false, code, message } : { ok: false, code, message, detail };
