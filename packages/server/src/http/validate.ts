import type { Context, Env, MiddlewareHandler } from 'hono';
import { validator } from 'hono/validator';
import type { z } from 'zod/mini';
import type { ApiRoute, RouteAnswer } from '@citadel/protocol/api';
import { ApiError } from '../errors.js';
import { englishErrors, issueOf } from '@citadel/protocol/api';
import { readJsonBody } from './body.js';
import { idempotencyKeyOf, type KeyOf } from './idempotency-key.js';

/** Parses `value` with `schema`, or throws 400 `INVALID_PARAMS` naming the first issue's path (at most 10 issues listed). */
export function parseOrRefuse<S extends z.ZodMiniType>(schema: S, value: unknown, whole = 'body'): z.output<S> {
  const parsed = schema.safeParse(value, { error: englishErrors });
  if (parsed.success) return parsed.data;
  const issues = parsed.error.issues.slice(0, 10).map(issueOf);
  const first = issues[0];
  throw new ApiError(400, 'INVALID_PARAMS', `${first?.path || whole}: ${first?.message ?? 'invalid'}`, { issues });
}

/**
 * Validates the JSON body against the route's schema (`c.req.valid('json')`), read as text within
 * the route's `bodyLimit` (413 with the limit). The same contract as `hono/validator`'s `json`
 * target, which skips a body not labelled JSON and throws its own error on a malformed one: here a
 * body is read whatever its `Content-Type`, and every refusal is an `ApiError` wherever the routes are mounted.
 * A route that declares `idempotency` has its `Idempotency-Key` checked first, before the body is
 * read (the cheaper check, and the order docs/platform-api.md gives): `c.req.valid('header').idempotencyKey`.
 */
export const jsonOf = <R extends ApiRoute & { body: z.ZodMiniType }>(route: R):
  MiddlewareHandler<Env, string, { in: { json: z.input<R['body']> }; out: { json: z.output<R['body']>; header: { idempotencyKey: KeyOf<R> } } }> =>
  async (c, next) => {
    c.req.addValidatedData('header', { idempotencyKey: idempotencyKeyOf(c, route) });
    c.req.addValidatedData('json', parseOrRefuse(route.body, await readJsonBody(c, route.bodyLimit)) as object);
    await next();
  };

/** Validates the query string against the route's schema (`c.req.valid('query')`); 400 `INVALID_PARAMS` otherwise. */
export const queryOf = <S extends z.ZodMiniObject>(route: ApiRoute & { query: S }) =>
  validator('query', (value): z.output<S> => parseOrRefuse(route.query, value, 'query'));

/** Validates the path parameters (`c.req.valid('param')`); a value they refuse names nothing, so it answers `notFound`. */
export const paramsOf = <S extends z.ZodMiniObject>(route: ApiRoute & { params: S }, notFound: () => ApiError) =>
  validator('param', (value): z.output<S> => {
    const parsed = route.params.safeParse(value);
    if (!parsed.success) throw notFound();
    return parsed.data;
  });

/** Answers the route's JSON for `status`, typed by the route table. */
export const answer = <R extends ApiRoute, S extends keyof R['responses'] & (200 | 201 | 202)>(c: Context, _route: R, status: S, body: RouteAnswer<R, S>) =>
  c.json(body as object, status);
