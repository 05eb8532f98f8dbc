import type { MiddlewareHandler } from 'hono';
import { validator } from 'hono/validator';
import { isJsonBodyError, isJsonContentType, parseStrictJson } from '@citadel/node';
import type * as z from 'zod';
import { HttpError } from '../http-error.js';
import { limitBody } from './limit-body.js';
import { parse } from './parse.js';

/**
 * A JSON object body checked with `schema`, read as `c.req.valid('json')`: `413
 * PAYLOAD_TOO_LARGE` past `limit` bytes (with `limit`), `415 UNSUPPORTED_MEDIA_TYPE` without a
 * JSON content type, `400 INVALID_PARAMS` for a body that is not strict JSON (a key named twice,
 * `__proto__`, a NUL or lone surrogate in a string: `@citadel/node`'s `parseStrictJson`, the field
 * named) or breaks the schema (every issue in `issues`).
 */
export function jsonBody<S extends z.ZodType>(schema: S, limit: number): MiddlewareHandler<any, string, { in: { json: z.input<S> }; out: { json: z.output<S> } }> {
  const limited = limitBody(limit);
  return (c, next) => limited(c, async () => {
    if (!isJsonContentType(c.req.header('content-type'))) throw new HttpError(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send Content-Type: application/json');
    c.req.addValidatedData('json', parse(schema, strictJson(await c.req.text())) as object);
    await next();
  });
}

function strictJson(text: string): unknown {
  try {
    return parseStrictJson(text);
  } catch (error) {
    if (!isJsonBodyError(error)) throw error;
    throw new HttpError(400, 'INVALID_PARAMS', error.message, { reason: error.reason, issues: [{ path: error.path, message: error.message }] });
  }
}

/** The query string checked with `schema` (Hono's `validator('query')`), read as `c.req.valid('query')`; `400 INVALID_PARAMS` otherwise. */
export function queryOf<S extends z.ZodType>(schema: S) {
  return validator('query', (value) => parse(schema, value));
}

/** The path's parameters checked with `schema` (Hono's `validator('param')`), read as `c.req.valid('param')`; `400 INVALID_PARAMS` otherwise. */
export function paramsOf<S extends z.ZodType>(schema: S) {
  return validator('param', (value) => parse(schema, value));
}
