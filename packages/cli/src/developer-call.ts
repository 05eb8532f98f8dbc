import { filledRoutePath, type ApiRoute, type RouteAnswer } from '@citadel/protocol/api';
import { CliError } from './cli-error.js';
import type { DeveloperEnv } from './developer-env.js';
import { send } from './http-send.js';
import { refusalOf } from './refusal.js';

/** Any answer a route declares, whatever its success status. */
export type AnswerOf<R extends ApiRoute> = { [S in keyof R['responses']]: RouteAnswer<R, S> }[keyof R['responses']];

/** One call of the platform's API: a route, its path parameters and query, and a raw body for a `rawBody` route. */
export interface DeveloperCall<R extends ApiRoute> {
  readonly route: R;
  readonly params: Readonly<Record<string, string>>;
  readonly query?: Readonly<Record<string, string>>;
  readonly body?: Uint8Array;
  /** Ends the call early (it then rejects with `NETWORK`). */
  readonly signal?: AbortSignal;
}

/** The app's partner credentials. */
export interface ApiCredentials {
  readonly clientId: string;
  readonly clientSecret: string;
}

const jsonOf = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
};

/**
 * Calls one route of the developer API on the console's origin with the app's partner credentials: `callPlatformApi`
 * on `env.consoleUrl`.
 */
export const callDeveloperApi = <R extends ApiRoute>(env: DeveloperEnv, call: DeveloperCall<R>): Promise<AnswerOf<R>> =>
  callPlatformApi(env.consoleUrl, env, call);

/**
 * Calls one route on `origin` with the app's partner credentials (HTTP Basic): the path from the route's declaration
 * with its parameters filled in, the answer checked with the schema the route declares for its status. Rejects with
 * `CliError`: the platform's code for a refusal, `NETWORK`, or `BAD_RESPONSE` for an answer the route does not declare.
 */
export async function callPlatformApi<R extends ApiRoute>(origin: URL, credentials: ApiCredentials, call: DeveloperCall<R>): Promise<AnswerOf<R>> {
  const { route, params, body } = call;
  const url = new URL(filledRoutePath(route, params), origin);
  for (const [name, value] of Object.entries(call.query ?? {})) url.searchParams.set(name, value);
  const basic = Buffer.from(`${credentials.clientId}:${credentials.clientSecret}`).toString('base64');
  const answer = await send({
    method: route.method.toUpperCase() as 'GET' | 'POST' | 'PUT' | 'DELETE',
    url,
    headers: {
      authorization: `Basic ${basic}`,
      accept: 'application/json',
      ...(body === undefined ? {} : { 'content-type': route.rawBody ?? 'application/json', 'content-length': String(body.byteLength) }),
    },
    ...(body === undefined ? {} : { body }),
    ...(call.signal === undefined ? {} : { signal: call.signal }),
  });
  const json = jsonOf(answer.text);
  if (answer.status < 200 || answer.status > 299) throw refusalOf(answer.status, json);
  const schema = route.responses[answer.status];
  const parsed = schema?.safeParse(json);
  if (!parsed?.success) throw new CliError('BAD_RESPONSE', `Unexpected answer from ${route.method.toUpperCase()} ${url.pathname}: HTTP ${answer.status}`, { status: answer.status });
  return parsed.data as AnswerOf<R>;
}
