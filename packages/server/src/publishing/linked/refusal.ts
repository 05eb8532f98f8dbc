/**
 * Why the platform refused a linked app's origin: a closed set, stable across versions, each
 * answered with an English message that says what to fix.
 */
export const LinkedOriginRefusal = {
  /** The entry URL may not be linked: not `https:` (plain `http:` only to loopback in development), a private or otherwise unreachable address, or the host's own site. */
  ORIGIN_NOT_ALLOWED: 'ORIGIN_NOT_ALLOWED',
  /** `/.well-known/citadel-app.json` did not answer 200: no connection, a timeout, a TLS failure, another status or a redirect. */
  WELL_KNOWN_UNREACHABLE: 'WELL_KNOWN_UNREACHABLE',
  /** The proof file answered 200 but is not `application/json`, is too large, or is not strict JSON of `{ appId, token }`. */
  WELL_KNOWN_INVALID: 'WELL_KNOWN_INVALID',
  /** The proof file names another app, or a token other than the one the platform issued. */
  TOKEN_MISMATCH: 'TOKEN_MISMATCH',
  /** The entry page did not answer 200: no connection, a timeout, a TLS failure, another status or a redirect. */
  ENTRY_UNREACHABLE: 'ENTRY_UNREACHABLE',
  /** The entry page does not send `Content-Security-Policy: frame-ancestors` limited to the host (and `'self'`). */
  FRAMING_NOT_LIMITED: 'FRAMING_NOT_LIMITED',
} as const;

/** One of the closed set of reasons a linked app's origin is refused. */
export type LinkedOriginRefusal = (typeof LinkedOriginRefusal)[keyof typeof LinkedOriginRefusal];

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
