import type * as z from 'zod';
import { HttpError } from '../http-error.js';

/** One refused field: its dotted path, zod's message, and its rule (zod's issue `code`) with any bound and its kind. */
export interface ParseIssue {
  readonly path: string;
  readonly message: string;
  /** zod's issue code: `too_small`, `too_big`, `invalid_type`, `invalid_format`, `invalid_value`, … */
  readonly code: string;
  /** What the bound counts for `too_small` and `too_big`: `string` (characters), `number`, `array` (items), … */
  readonly origin?: string;
  readonly minimum?: number;
  readonly maximum?: number;
}

/** The fields of a zod issue a client needs to name the field and its limit in the citizen's language. */
function issueOf(i: z.core.$ZodIssue): ParseIssue {
  const bounds = i as { origin?: unknown; minimum?: unknown; maximum?: unknown };
  return {
    path: i.path.join('.'), message: i.message, code: i.code,
    ...(typeof bounds.origin === 'string' ? { origin: bounds.origin } : {}),
    ...(typeof bounds.minimum === 'number' ? { minimum: bounds.minimum } : {}),
    ...(typeof bounds.maximum === 'number' ? { maximum: bounds.maximum } : {}),
  };
}

/**
 * Parses `value` with `schema`, or throws `400 INVALID_PARAMS` naming each field and its rule (`issues`: `path`,
 * `message`, zod's `code`, and for a length or size rule its `origin` and `minimum` or `maximum`), so the app can
 * say which field and which limit in the citizen's language.
 */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map(issueOf);
  const first = issues[0]!;
  throw new HttpError(400, 'INVALID_PARAMS', `${first.path || 'body'}: ${first.message}`, { issues });
}
