/**
 * The closed set of error codes a bridge call can reject with. Codes survive the wire;
 * messages are for developers and never carry stacks or another app's data.
 */
export const ErrorCode = {
  /** The page is not running inside a Citadel host, or the host did not answer in time. */
  NOT_HOSTED: 'NOT_HOSTED',
  /** The host does not support this method (yet); `supports()` answers false for it. */
  UNSUPPORTED: 'UNSUPPORTED',
  /** The method name is not in the registry. */
  UNKNOWN_METHOD: 'UNKNOWN_METHOD',
  /** The params failed the method's strict schema. `data.issues` lists where. */
  INVALID_PARAMS: 'INVALID_PARAMS',
  /** The call's payload is over the size or depth limit. `data.limit` says which limit. */
  PAYLOAD_TOO_LARGE: 'PAYLOAD_TOO_LARGE',
  /** The citizen refused, or the manifest does not declare the permission. */
  PERMISSION_DENIED: 'PERMISSION_DENIED',
  /** The app made too many calls. `data.limit`, `data.windowMs` and `data.retryAfterMs` say how many and when to retry. */
  RATE_LIMITED: 'RATE_LIMITED',
  /** The app's storage quota is full. `data.limit` and `data.used` are in bytes. */
  QUOTA_EXCEEDED: 'QUOTA_EXCEEDED',
  /** The citizen dismissed a host prompt or sheet. */
  CANCELLED: 'CANCELLED',
  /** The host did not answer the call within the timeout. */
  TIMEOUT: 'TIMEOUT',
  /**
   * The bridge session ended (the app was closed, its page was reloaded or navigated away). `data.reason: 'rate-abuse'`
   * (with `limit`, `windowMs`, `windows`): the app went past the rate limit `windows` windows in a row and is shut out.
   */
  SESSION_CLOSED: 'SESSION_CLOSED',
  /** A second handshake from a page that already holds a session: one session per page load; the first keeps working. */
  ALREADY_CONNECTED: 'ALREADY_CONNECTED',
  /** The handshake came from an origin this frame was not opened for. */
  ORIGIN_MISMATCH: 'ORIGIN_MISMATCH',
  /** The mini-app needs a newer protocol than the host speaks. */
  VERSION_MISMATCH: 'VERSION_MISMATCH',
  /** The device could not provide the value (for example no position fix). */
  UNAVAILABLE: 'UNAVAILABLE',
  /** The order does not exist, or belongs to another app. */
  ORDER_NOT_FOUND: 'ORDER_NOT_FOUND',
  /** The order's payment window has passed; the partner must create a new order. */
  ORDER_EXPIRED: 'ORDER_EXPIRED',
  /** The partner cancelled the order before it was paid; it can no longer be paid. */
  ORDER_CANCELLED: 'ORDER_CANCELLED',
  /** The order is already paid; `data.paymentId` names the payment. */
  ALREADY_PAID: 'ALREADY_PAID',
  /** The citizen's wallet holds less than the order's amount (`data.amount`); the balance is shown only to the citizen. */
  INSUFFICIENT_FUNDS: 'INSUFFICIENT_FUNDS',
  /** Something went wrong inside the host; the message says what, without internals. */
  INTERNAL: 'INTERNAL',
} as const;

/** One of the closed set of bridge error codes. */
export type ErrorCode = (typeof ErrorCode)[keyof typeof ErrorCode];

/** The wire form of an error. */
export interface SerializedError {
  readonly code: ErrorCode;
  readonly message: string;
  readonly data?: Readonly<Record<string, unknown>>;
}

const codes = new Set<string>(Object.values(ErrorCode));

/** True when `value` is one of the bridge error codes. */
export function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && codes.has(value);
}

/**
 * The one error class of the bridge: thrown in the host, sent as `{ code, message, data }`,
 * rebuilt as a `CitadelError` with the same code in the mini-app.
 */
export class CitadelError extends Error {
  override readonly name = 'CitadelError';
  readonly code: ErrorCode;
  readonly data: Readonly<Record<string, unknown>> | undefined;

  constructor(code: ErrorCode, message: string, data?: Readonly<Record<string, unknown>>) {
    super(message);
    this.code = code;
    this.data = data;
  }

  /** The wire form: code, message and data only, never the stack. */
  toJSON(): SerializedError {
    return this.data === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, data: this.data };
  }

  /** Rebuilds an error from its wire form; anything malformed becomes `INTERNAL`. */
  static from(wire: unknown): CitadelError {
    if (wire instanceof CitadelError) return wire;
    const w = wire as Partial<SerializedError> | null;
    if (w && isErrorCode(w.code) && typeof w.message === 'string') {
      const data = w.data && typeof w.data === 'object' ? w.data : undefined;
      return new CitadelError(w.code, w.message, data);
    }
    return new CitadelError(ErrorCode.INTERNAL, 'Malformed error from the other side of the bridge');
  }
}

/** True when `value` is a `CitadelError` (or one rebuilt from the wire). */
export function isCitadelError(value: unknown): value is CitadelError {
  return value instanceof CitadelError;
}
