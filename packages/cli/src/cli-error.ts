import type { ReportedFinding } from './finding-lines.js';

/**
 * Why a `citadel` command failed. `code` is the platform's error code when the platform refused (`BUNDLE_REFUSED`,
 * `UNAUTHENTICATED`, `NOT_FOUND`…, with its HTTP `status`), or one of the command's own: `MISSING_ENV`, `INVALID_ENV`,
 * `NO_BUNDLE`, `NO_APP_ID`, `UNKNOWN_EVENT`, `INVALID_URL`, `INVALID_SECRET`, `NETWORK`, `BAD_RESPONSE`.
 */
export class CliError extends Error {
  readonly code: string;
  /** The HTTP status of a refusal; absent when nothing was answered. */
  readonly status: number | undefined;
  /** The checks' findings of a `BUNDLE_REFUSED`; empty otherwise. */
  readonly findings: readonly ReportedFinding[];

  constructor(code: string, message: string, details: { status?: number; findings?: readonly ReportedFinding[] } = {}) {
    super(message);
    this.name = 'CliError';
    this.code = code;
    this.status = details.status;
    this.findings = details.findings ?? [];
  }
}

/** True when `error` is a `CliError`. */
export const isCliError = (error: unknown): error is CliError => error instanceof CliError;
