import type { BundleErrorCode } from '@citadel/protocol/api';
import type { BundleLimits } from './limits.js';

/** Why `readBundle` refused an archive: the protocol's closed set (`BundleErrorCode` in `@citadel/protocol/api`). */
export type { BundleErrorCode } from '@citadel/protocol/api';

/** What a `BundleError` carries besides its code and message. */
export interface BundleErrorDetails {
  /** The limit that was passed, by its name in `BundleLimits`. */
  readonly limitName?: keyof BundleLimits;
  /** That limit's value. */
  readonly limit?: number;
  /** The entry at fault, as the archive names it. */
  readonly path?: string;
}

/**
 * Why an archive is not a bundle `readBundle` accepts. Serialisable (`toJSON`): an upload route
 * answers it as a typed error naming the limit or the path (docs/security-model.md, rule 8).
 */
export class BundleError extends Error {
  readonly code: BundleErrorCode;
  readonly limitName: keyof BundleLimits | undefined;
  readonly limit: number | undefined;
  readonly path: string | undefined;

  constructor(code: BundleErrorCode, message: string, details: BundleErrorDetails = {}) {
    super(message);
    this.name = 'BundleError';
    this.code = code;
    this.limitName = details.limitName;
    this.limit = details.limit;
    this.path = details.path;
  }

  /** The code, message and whichever of `limitName`, `limit` and `path` apply. */
  toJSON(): { code: BundleErrorCode; message: string } & BundleErrorDetails {
    return {
      code: this.code,
      message: this.message,
      ...(this.limitName === undefined ? {} : { limitName: this.limitName }),
      ...(this.limit === undefined ? {} : { limit: this.limit }),
      ...(this.path === undefined ? {} : { path: this.path }),
    };
  }
}

/** True when `error` is a `BundleError`. */
export const isBundleError = (error: unknown): error is BundleError => error instanceof BundleError;
