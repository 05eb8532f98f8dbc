import type { Context } from 'hono';
import { isJsonBodyError, isJsonContentType, parseStrictJson } from '@citadel/node';
import { IdempotencyKey, MAX_BODY_BYTES, englishErrors, issueOf, type ApiRoute } from '@citadel/protocol/api';
import type * as z from 'zod/mini';
import { PlatformRefusal } from './refusal.js';

/** `value` parsed by `schema`, or `400 INVALID_PARAMS` naming the first refused field, every issue in `issues`. */
export function parseOrRefuse<S extends z.ZodMiniType>(schema: S, value: unknown): z.output<S> {
  const parsed = schema.safeParse(value, { error: englishErrors });
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 10).map(issueOf);
  throw new PlatformRefusal(400, 'INVALID_PARAMS', `${issues[0]?.path || 'body'}: ${issues[0]?.message ?? 'invalid'}`, { issues });
}

/** The `Idempotency-Key` a mutating call must send: `400 IDEMPOTENCY_KEY_REQUIRED` without, `400 INVALID_PARAMS` for a bad one. */
export function idempotencyKeyOf(c: Context): string {
  const key = c.req.header('idempotency-key');
  if (!key) throw new PlatformRefusal(400, 'IDEMPOTENCY_KEY_REQUIRED', 'Send an Idempotency-Key header (1 to 255 visible ASCII characters) with every mutating call');
  if (!IdempotencyKey.safeParse(key).success) throw new PlatformRefusal(400, 'INVALID_PARAMS', 'Idempotency-Key must be 1 to 255 visible ASCII characters');
  return key;
}

/**
 * The route's JSON body, read as the platform reads it: at most `MAX_BODY_BYTES` (`413` with `limit`), labelled JSON
 * (`415`), strict JSON without duplicate or `__proto__` keys (`400`), then the route's schema (`400 INVALID_PARAMS`).
 */
export async function bodyOf<R extends ApiRoute & { body: z.ZodMiniType }>(c: Context, route: R): Promise<z.output<R['body']>> {
  const limit = route.bodyLimit ?? MAX_BODY_BYTES;
  const text = await c.req.text();
  if (Buffer.byteLength(text) > limit) throw new PlatformRefusal(413, 'PAYLOAD_TOO_LARGE', `The body is larger than ${limit} bytes`, { limit });
  if (text !== '' && !isJsonContentType(c.req.header('content-type'))) {
    throw new PlatformRefusal(415, 'UNSUPPORTED_MEDIA_TYPE', 'Send the body as Content-Type: application/json');
  }
  let value: unknown = {};
  try {
    if (text !== '') value = parseStrictJson(text);
  } catch (error) {
    if (!isJsonBodyError(error)) throw error;
    throw new PlatformRefusal(400, 'INVALID_PARAMS', error.message, { reason: error.reason, issues: [{ path: error.path, message: error.message }] });
  }
  return parseOrRefuse<R['body']>(route.body, value);
}
