import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { ServerErrorCode } from '@citadel/protocol/api';

export type { ServerErrorCode };

/** An error a route throws on purpose: its status, code, message and extra fields reach the client as JSON. */
export class ApiError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: ServerErrorCode,
    message: string,
    readonly extra: Readonly<Record<string, unknown>> = {},
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Answers a JSON error, an `ErrorBody` of `@citadel/protocol/api`. */
export const jsonError = (c: Context, status: ContentfulStatusCode, code: ServerErrorCode, message: string, extra: Record<string, unknown> = {}) =>
  c.json({ ...extra, code, message }, status);
