/**
 * Why a project was not written. `INVALID_ID`: the app id breaks the manifest's rule; `RESERVED_ID`: the platform keeps
 * it; `UNKNOWN_TEMPLATE`: not `vanilla` or `lit`; `NOT_EMPTY`: the target folder holds files; `NO_PACKAGES`: the
 * `--packages` folder has no `@citadel` tarball; `CANCELLED`: a question was dismissed.
 */
export type CreateAppErrorCode = 'INVALID_ID' | 'RESERVED_ID' | 'UNKNOWN_TEMPLATE' | 'NOT_EMPTY' | 'NO_PACKAGES' | 'CANCELLED';

/** The one error `createApp` and the command reject with; `code` says why, `message` says what to do. */
export class CreateAppError extends Error {
  readonly code: CreateAppErrorCode;

  constructor(code: CreateAppErrorCode, message: string) {
    super(message);
    this.name = 'CreateAppError';
    this.code = code;
  }
}

/** True when `error` is a `CreateAppError`. */
export const isCreateAppError = (error: unknown): error is CreateAppError => error instanceof CreateAppError;
