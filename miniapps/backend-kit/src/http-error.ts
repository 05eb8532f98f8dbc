/**
 * A refusal with an HTTP status and a stable code. `data` names the limit or field that was hit
 * and is spread into the body: `{ code, message, ...data }`. Extend it to type an app's own codes.
 */
export class HttpError<Code extends string = string> extends Error {
  override readonly name: string = 'HttpError';
  constructor(
    readonly status: number,
    readonly code: Code,
    message: string,
    readonly data: Readonly<Record<string, unknown>> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
  }

  toJSON(): Record<string, unknown> {
    return { code: this.code, message: this.message, ...this.data };
  }
}

export const isHttpError = (value: unknown): value is HttpError => value instanceof HttpError;
