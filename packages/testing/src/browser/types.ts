import type {
  EventData, EventName, LaunchContext, MethodName, MethodParams, MethodResult, Permission, SerializedError,
} from '@citadel/protocol';

/**
 * The mock host's answer to one method: gets the params the registry's schema accepted, resolves (or returns) a
 * result the registry's result schema must accept, or rejects with a `CitadelError` (`rejectWith`) that the app
 * receives as it would from a real host.
 */
export type MockHandler<M extends MethodName> = (params: MethodParams<M>) => MethodResult<M> | Promise<MethodResult<M>>;

/** Handlers by method name, each typed from the registry: `{ 'identity.getToken': async ({ nonce }) => ({ token }) }`. */
export type MockHandlers = { readonly [M in MethodName]?: MockHandler<M> };

/**
 * What the citizen answers for a permission: `granted` (the default), `denied` (the citizen says no: the first call
 * rejects `PERMISSION_DENIED` with `remembered: false`, every later one with `remembered: true`, as a host remembers
 * a refusal), or `undeclared` (the app's manifest does not declare it: every method filed under it is refused).
 */
export type MockPermissionState = 'granted' | 'denied' | 'undeclared';

/** Options of `createMockHost`. */
export interface MockHostOptions {
  /** The app id the host knows the page as, `client.appId`. Default `'test-app'`. */
  readonly appId?: string;
  /** Merged over the default launch context: `lang: 'vi'`, a light theme, zero insets, `path: '/'`. */
  readonly context?: Partial<LaunchContext>;
  /** The methods the host answers beyond its defaults, or in their place. */
  readonly handlers?: MockHandlers;
  /** The citizen's answer per permission. Default: every permission `granted`. */
  readonly permissions?: Partial<Readonly<Record<Permission, MockPermissionState>>>;
  /**
   * The origin the host's handshake answer comes from: set it to one of your `connect({ hostOrigins })` when the
   * app passes them. Default: this page's origin.
   */
  readonly origin?: string;
}

/** One call the app made, as the host answered it. */
export type RecordedCall =
  | { readonly method: string; readonly params: unknown; readonly ok: true; readonly result: unknown }
  | { readonly method: string; readonly params: unknown; readonly ok: false; readonly error: SerializedError };

/** A scripted Citadel host in the test's own page, which the real `connect()` of `@citadel/sdk` reaches. */
export interface MockHost {
  /** Every call the app made, in the order they were answered. */
  readonly calls: readonly RecordedCall[];
  /** The methods `client.supports()` says yes to: the defaults and every handled method. */
  readonly supported: readonly MethodName[];
  /** Resolves once an app completed the handshake. */
  whenConnected(): Promise<void>;
  /** Replaces (or adds) the handler of `method` from now on. */
  handle<M extends MethodName>(method: M, handler: MockHandler<M>): void;
  /** Changes the citizen's answer for `permission` from now on (a `denied` one is forgotten). */
  setPermission(permission: Permission, state: MockPermissionState): void;
  /**
   * Sends a host event to the connected app (`back`, `show`, `hide`, `close`, `theme`, `insets`, `location`); data
   * is checked against the event's schema. Throws when no app is connected or the data does not fit.
   */
  emit: EmitFn;
  /** Ends the app's session: its pending and later calls reject with `SESSION_CLOSED` (`data` as given). */
  endSession(data?: Readonly<Record<string, unknown>>): void;
  /** Ends the session and puts the page's `window.parent` back. Call it after each test. */
  dispose(): void;
}

/** `host.emit`: the data may be left out for the events that carry none (`back`, `show`, `hide`, `close`). */
// `{}` (not `object`): the strict empty object of those events accepts it, as the SDK's `ParamsArg` does.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type EmitFn = <E extends EventName>(name: E, ...data: {} extends EventData<E> ? [data?: EventData<E>] : [data: EventData<E>]) => void;
