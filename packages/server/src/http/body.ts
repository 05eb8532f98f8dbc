import type { Context } from 'hono';
import * as z from 'zod/mini';
import { ApiError } from '../errors.js';

/** Largest JSON body any API accepts. */
export const MAX_BODY_BYTES = 16 * 1024;

/**
 * Reads and validates a JSON body with a strict schema. A body over the limit, one that is not
 * JSON, or one the schema refuses each gets its own typed error; nothing is half-applied.
 */
export async function readJson<S extends z.ZodMiniType>(c: Context, schema: S, limit = MAX_BODY_BYTES): Promise<z.output<S>> {
  const declared = Number(c.req.header('content-length') ?? '0');
  if (declared > limit) throw tooLarge(limit);
  const text = await c.req.text();
  if (Buffer.byteLength(text) > limit) throw tooLarge(limit);
  let value: unknown;
  try {
    value = text === '' ? {} : JSON.parse(text);
  } catch {
    throw new ApiError(400, 'INVALID_PARAMS', 'The body is not valid JSON');
  }
  const parsed = schema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new ApiError(400, 'INVALID_PARAMS', `${issue?.path.join('.') || 'body'}: ${issue?.message ?? 'invalid'}`,
      { issues: parsed.error.issues.slice(0, 10).map((i) => ({ path: i.path.map(String).join('.'), message: i.message })) });
  }
  return parsed.data;
}

const tooLarge = (limit: number) => new ApiError(413, 'PAYLOAD_TOO_LARGE', `The body is larger than ${limit} bytes`, { limit });
