import type {
  EventData, EventName, LaunchContext, MethodName, MethodParams, MethodResult, Namespace,
} from '@citadel/protocol';

/** The params argument of a method: optional when every field is. */
// `{}` (not `object`): a params type with no required keys, including the strict empty object, accepts it.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export type ParamsArg<M extends MethodName> = {} extends MethodParams<M>
  ? [params?: MethodParams<M>]
  : [params: MethodParams<M>];

/** One namespace of the client, typed from the registry: `client.storage.get({ key })`. */
export type NamespaceClient<N extends Namespace> = {
  readonly [M in MethodName as M extends `${N}.${infer F}` ? F : never]: (
    ...args: ParamsArg<M>
  ) => Promise<MethodResult<M>>;
};

/** A connected mini-app's handle on its host. */
export interface Client {
  /** The app id the host knows this frame as. */
  readonly appId: string;
  /** The protocol version the host speaks. */
  readonly hostVersion: string;
  /** Where and how the app was opened: language, theme, insets, deep-link path (untrusted). */
  readonly context: LaunchContext;
  /** True when the host answers `method`; false means a call would reject with `UNSUPPORTED`. */
  supports(method: MethodName): boolean;
  /** Calls any registry method by name. Rejects with a `CitadelError`, never throws synchronously. */
  call<M extends MethodName>(method: M, ...args: ParamsArg<M>): Promise<MethodResult<M>>;
  /** Tells the host the first screen is drawn (hides its loading state). */
  ready(): Promise<void>;
  /** Subscribes to a host event (`show`, `hide`, `back`, `close`, `theme`, `insets`, `location`); returns the unsubscribe function. */
  on<E extends EventName>(name: E, listener: (data: EventData<E>) => void): () => void;
  /** Asks the host to close the app. */
  close(): Promise<void>;
  readonly identity: NamespaceClient<'identity'>;
  readonly payments: NamespaceClient<'payments'>;
  readonly location: NamespaceClient<'location'>;
  readonly notifications: NamespaceClient<'notifications'>;
  readonly storage: NamespaceClient<'storage'>;
  readonly ui: NamespaceClient<'ui'>;
}

/** Options of `connect`. */
export interface ConnectOptions {
  /** How long to wait for the host's answer before rejecting with `NOT_HOSTED`, ms. Default 5000. */
  readonly timeoutMs?: number;
  /** How long one call may take before rejecting with `TIMEOUT`, ms. Default 120 000 (prompts wait for a person). */
  readonly callTimeoutMs?: number;
  /** Accept a host only from these exact origins. Default: the parent the host platform framed us in. */
  readonly hostOrigins?: readonly string[];
}
