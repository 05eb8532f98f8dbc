import type * as z from 'zod/mini';

/**
 * Who calls a route: the host for a signed-in citizen (or anyone, `public`), an authority account, a partner backend,
 * or the developer console (a signed-in member of a partner organisation, or a reviewer).
 */
export type Audience = 'public' | 'citizen' | 'authority' | 'partner' | 'developer';

/** Where each audience's routes live. Partner paths are versioned; the others serve the host. */
export const API_BASE = { public: '/api', citizen: '/api', authority: '/api', partner: '/api/partner/v1', developer: '/api/developer/v1' } as const satisfies Record<Audience, string>;

/**
 * One HTTP route of the platform, declared once: the server validates with it, clients type with
 * it, and the OpenAPI documents and the API page are generated from it. `path` is relative to
 * `API_BASE[audience]`, with Hono's `:name` parameters.
 */
export interface ApiRoute {
  readonly method: 'get' | 'post' | 'put' | 'delete';
  readonly path: string;
  readonly audience: Audience;
  /** One line for the reference. */
  readonly summary: string;
  /** Path parameters; a value they refuse answers 404 (no such thing), not 400. */
  readonly params?: z.ZodMiniObject;
  readonly query?: z.ZodMiniObject;
  /** The JSON body. Default: none. */
  readonly body?: z.ZodMiniType;
  /** A body that is not JSON, such as a CAP file: its media type. */
  readonly rawBody?: string;
  /** Largest body in bytes. Default `MAX_BODY_BYTES`. */
  readonly bodyLimit?: number;
  /** Whether the `Idempotency-Key` header is required, optional, or not read. Default not read. */
  readonly idempotency?: 'required' | 'optional';
  /**
   * A `text/event-stream` answer (`200`): each event name and the JSON schema of its `data`. Such a route
   * declares no JSON `responses`.
   */
  readonly eventStream?: Readonly<Record<string, z.ZodMiniType>>;
  /** Each success status and its JSON body; `null` for no body (204). Errors are always `ErrorBody`. */
  readonly responses: Readonly<Record<number, z.ZodMiniType | null>>;
}

/** Largest JSON body any API accepts unless its route says otherwise: 16 KiB. */
export const MAX_BODY_BYTES = 16 * 1024;

/** The full path of a route, with Hono's `:name` parameters. */
export const routePath = (route: Pick<ApiRoute, 'audience' | 'path'>): string => API_BASE[route.audience] + route.path;

/** The full path of a route with its `:name` parameters filled in from `params`, each URL-encoded (a missing one empty). */
export const filledRoutePath = (route: Pick<ApiRoute, 'audience' | 'path'>, params: Readonly<Record<string, string>>): string =>
  routePath(route).replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(params[name] ?? ''));

/** The JSON body a route answers with `status`. */
export type RouteAnswer<R extends ApiRoute, S extends keyof R['responses']> =
  R['responses'][S] extends z.ZodMiniType ? z.output<R['responses'][S]> : never;

/** The JSON body a route accepts, as a client writes it. */
export type RouteBody<R extends ApiRoute> = R['body'] extends z.ZodMiniType ? z.input<R['body']> : never;
