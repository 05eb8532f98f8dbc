/**
 * The base of this package's verification errors (`IdTokenError`, `ReceiptError`,
 * `WebhookVerificationError`): a `reason` from a closed set, and a wire form `{ code, message }`
 * that never carries the stack or the cause.
 */
export abstract class RefusalError<R extends string> extends Error {
  /** Why the input was refused. */
  readonly reason: R;

  constructor(reason: R, message: string, options?: { readonly cause?: unknown }) {
    super(message, options);
    this.reason = reason;
  }

  /** The wire form `{ code, message }`, as a partner backend answers it; never the stack or the cause. */
  toJSON(): { readonly code: R; readonly message: string } {
    return { code: this.reason, message: this.message };
  }
}
