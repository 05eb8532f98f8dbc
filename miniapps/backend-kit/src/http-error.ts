import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/**
 * A refusal with an HTTP status and a stable code: Hono's `HTTPException`, answered as JSON
 * `{ code, message, ...data }`, where `data` names the limit or field that was hit. Extend it to
 * type an app's own codes.
 */
export class HttpError<Code extends string = string> extends HTTPException {
  override readonly name: string = 'HttpError';
  constructor(
    status: ContentfulStatusCode,
    readonly code: Code,
    message: string,
    readonly data: Readonly<Record<string, unknown>> = {},
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(status, { message });
  }

  toJSON(): Record<string, unknown> {
    return { code: this.code, message: this.message, ...this.data };
  }

  /** The answer Hono sends for it: the JSON body, its status and headers. */
  override getResponse(): Response {
    return Response.json(this.toJSON(), { status: this.status, headers: this.headers });
  }
}

/** Whether `value` is an `HttpError` (or an app's subclass). */
export const isHttpError = (value: unknown): value is HttpError => value instanceof HttpError;
