/**
 * The limits every throttle of failed authentication shares (sign-in, partner credentials): one count per client
 * address, and the window the counts run in. Each throttle adds the limit of its own key. Every one is named in the
 * 429 that enforces it.
 */
export interface FailureLimits {
  /** Failures (any phone number or client id) allowed per client address in a window. Default 30. */
  readonly perIp: number;
  /** The window, and the lock once a limit is passed, in seconds. Default 900. */
  readonly windowSeconds: number;
}

/** The default limits: 30 failures per address in 15 minutes. */
export const defaultFailureLimits: FailureLimits = { perIp: 30, windowSeconds: 900 };
