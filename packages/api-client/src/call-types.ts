import type * as z from 'zod/mini';
import type { ApiRoute } from '@citadel/protocol/api';

/** What one call of `R` sends besides its route: path parameters, query and body as `R` declares them. */
export type CallInput<R extends ApiRoute> =
  & (R extends { readonly params: infer P extends z.ZodMiniObject } ? { readonly params: z.input<P> } : unknown)
  & (R extends { readonly query: infer Q extends z.ZodMiniObject } ? { readonly query?: z.input<Q> } : unknown)
  & (R extends { readonly body: infer B extends z.ZodMiniType } ? { readonly body: z.input<B> } : unknown)
  // A raw body (a CAP file, a bundle's zip) is sent as given, with the route's media type.
  & (R extends { readonly rawBody: string } ? { readonly body: string | Blob } : unknown)
  & {
    /** Extra headers, such as `Idempotency-Key`. Default none. */
    readonly headers?: Readonly<Record<string, string>>;
  };

/** What `R` answers on success: the output of one of its response schemas, `undefined` for a 204. */
export type CallAnswer<R extends ApiRoute> = {
  [S in keyof R['responses']]: R['responses'][S] extends z.ZodMiniType ? z.output<R['responses'][S]> : undefined;
}[keyof R['responses']];

/**
 * Calls one route of the platform's HTTP contract (`@citadel/protocol/api`) and resolves with its
 * answer, checked against the route's response schema. Rejects with an `ApiError`, never throws.
 */
export type PlatformCall = <R extends ApiRoute>(
  route: R,
  ...input: {} extends CallInput<R> ? [input?: CallInput<R>] : [input: CallInput<R>]
) => Promise<CallAnswer<R>>;
