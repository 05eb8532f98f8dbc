/** Codes the client itself produces, when no usable answer came from the platform. */
export const PartnerClientErrorCode = {
  /** The request never got an HTTP answer (connection refused, DNS, TLS, a redirect). `status` is 0. */
  NETWORK_ERROR: 'NETWORK_ERROR',
  /** No answer within `timeoutMs`. `status` is 0. */
  TIMEOUT: 'TIMEOUT',
  /** The platform answered, but not with the documented JSON shape. `status` is the HTTP status. */
  INVALID_RESPONSE: 'INVALID_RESPONSE',
} as const;

/** One of the codes the client itself produces. */
export type PartnerClientErrorCode = (typeof PartnerClientErrorCode)[keyof typeof PartnerClientErrorCode];

/**
 * The one error class of the partner client. `code` is the platform's error code (such as
 * `UNAUTHENTICATED`) when it answered `{ code, message }`, or one of `PartnerClientErrorCode`.
 */
export class PartnerApiError extends Error {
  override readonly name = 'PartnerApiError';
  /** The HTTP status, or 0 when no answer arrived. */
  readonly status: number;
  /** The platform's error code, or one of `PartnerClientErrorCode`. */
  readonly code: PartnerClientErrorCode | (string & {});
  /**
   * The other members of the platform's error answer, such as `refundable` with
   * `REFUND_EXCEEDS_PAYMENT` or `issues` with `INVALID_PARAMS`; `undefined` when there were none.
   */
  readonly data: Readonly<Record<string, unknown>> | undefined;

  constructor(
    status: number,
    code: PartnerClientErrorCode | (string & {}),
    message: string,
    options?: { readonly cause?: unknown; readonly data?: Readonly<Record<string, unknown>> },
  ) {
    super(message, options);
    this.status = status;
    this.code = code;
    this.data = options?.data;
  }

  /** `{ status, code, message, data? }`: never the stack, the cause or the credentials. */
  toJSON(): { readonly status: number; readonly code: string; readonly message: string; readonly data?: Readonly<Record<string, unknown>> } {
    return { status: this.status, code: this.code, message: this.message, ...(this.data === undefined ? {} : { data: this.data }) };
  }
}

/** True when `value` is a `PartnerApiError`. */
export function isPartnerApiError(value: unknown): value is PartnerApiError {
  return value instanceof PartnerApiError;
}
