import type * as z from 'zod';
import { HttpError } from '../http-error.js';

/** Parses `value` with `schema`, or throws `400 INVALID_PARAMS` naming each field and its rule (`issues`). */
export function parse<S extends z.ZodType>(schema: S, value: unknown): z.output<S> {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  const issues = result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
  const first = issues[0]!;
  throw new HttpError(400, 'INVALID_PARAMS', `${first.path || 'body'}: ${first.message}`, { issues });
}
