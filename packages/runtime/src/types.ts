import type {
  Accuracy, CallOutcome, ErrorCode, EventData, EventName, Insets, LocalizedText, Manifest, MethodName, MethodParams,
  MethodResult, Namespace, Permission, Theme,
} from '@citadel/protocol';

/** The mini-app a call comes from, as the host knows it: never from a message field. */
export interface AppIdentity {
  readonly id: string;
  /** The exact serialised origin of the frame the host created. */
  readonly origin: string;
  readonly manifest: Manifest;
}

/** What a provider's handler gets besides the params. */
export interface CallContext {
  readonly app: AppIdentity;
  /** Aborted when the app is closed or its session ends. */
  readonly signal: AbortSignal;
  /** Sends an event to this app instance. */
  emit<E extends EventName>(name: E, data: EventData<E>): void;
  /**
   * Resolves with the citizen's grant of `permission` for this app: a remembered one, or the
   * answer to a host-drawn prompt. Rejects with `PERMISSION_DENIED` (remembered or fresh denial).
   */
  requestGrant(permission: Permission, options?: { accuracy?: Accuracy }): Promise<Grant>;
  /**
   * Call before drawing any prompt for this call (a grant, a sign-in, a consent). Resolves at once
   * when the call came with a citizen gesture in this app's frame (or the host draws no chip:
   * `HostOptions.queuePrompt`); otherwise the host draws its "this app asks …" chip and this
   * resolves when the citizen taps it, or rejects `CANCELLED` when the app's session ends first.
   * Once passed it stays passed for the rest of the call. `requestGrant` calls it for you.
   */
  beforePrompt(permission: Permission): Promise<void>;
  /** Reports host-visible activity, such as an active location watch (for the indicator). */
  activity(kind: ActivityKind, active: boolean): void;
  /**
   * A signal that aborts when the citizen revokes `permission` for this app (`host.revoke`), so
   * a provider ends what the grant allowed, such as a location watch, at once.
   */
  revoked(permission: Permission): AbortSignal;
}

/** Activities the host shows an indicator for while they run. */
export type ActivityKind = 'location-watch';

/** One method's handler: resolves with the result or rejects with a `CitadelError`. */
export type Handler<M extends MethodName> = (
  params: MethodParams<M>,
  context: CallContext,
) => Promise<MethodResult<M>>;

/** A capability provider: handlers for the methods of one namespace, keyed by the part after the dot. */
export type Provider<N extends Namespace> = {
  readonly [M in MethodName as M extends `${N}.${infer F}` ? F : never]: M extends MethodName ? Handler<M> : never;
};

/** The namespaces a host app plugs in; `app` and `ui` are built into the runtime. */
export type ProviderNamespace = Exclude<Namespace, 'app' | 'ui'>;

/** Providers by namespace; a missing namespace answers `UNSUPPORTED` and `supports()` says false. */
export type Providers = { readonly [N in ProviderNamespace]?: Provider<N> };

/** A citizen's answer for one app and permission, as remembered by the host. */
export interface Grant {
  readonly granted: boolean;
  readonly accuracy?: Accuracy;
  /** Milliseconds since the epoch when it was given. */
  readonly at: number;
}

/** Where grants are remembered, per app and permission. */
export interface GrantStore {
  get(appId: string, permission: Permission): Promise<Grant | undefined>;
  set(appId: string, permission: Permission, grant: Grant): Promise<void>;
  delete(appId: string, permission: Permission): Promise<void>;
  list(appId: string): Promise<Array<{ permission: Permission; grant: Grant }>>;
}

/** A host-drawn prompt the runtime asks the host app to show. */
export interface PromptRequest {
  readonly app: AppIdentity;
  readonly permission: Permission;
  /** The reason from the app's manifest, shown to the citizen. */
  readonly reason: LocalizedText;
  /** For location: the precision the app asked for. */
  readonly accuracy?: Accuracy;
}

/** The citizen's answer to a prompt. */
export interface PromptAnswer {
  readonly granted: boolean;
  /** For location: the precision the citizen allowed (may be coarser than asked). */
  readonly accuracy?: Accuracy;
  /** Remember the answer for this app (a denial is always remembered). */
  readonly remember: boolean;
}

/** Shows a host-drawn prompt and resolves with the answer; dismissing is a denial. */
export type PromptFn = (request: PromptRequest) => Promise<PromptAnswer>;

/** A prompt an app asked for without a citizen gesture in its frame, waiting behind the host's chip. */
export interface QueuedPrompt {
  readonly app: AppIdentity;
  /** What the app asks for. */
  readonly permission: Permission;
}

/**
 * Draws the host's small "this app asks …" chip for `request` instead of opening the prompt over
 * the screen, and resolves when the citizen taps it. `signal` aborts when the app's session ends
 * (the app was closed or reloaded): remove the chip then; the call rejects `CANCELLED`.
 */
export type QueuePromptFn = (request: QueuedPrompt, signal: AbortSignal) => Promise<void>;

/** Abuse limits per app instance. Every limit is named in the error that enforces it. */
export interface Limits {
  /** Largest call payload, in bytes of its JSON form. Default 65 536. */
  readonly maxPayloadBytes: number;
  /** Deepest nesting of params. Default 16. */
  readonly maxDepth: number;
  /** Calls allowed per window. Default 200. */
  readonly rateLimit: number;
  /** Rate window in milliseconds. Default 1000. */
  readonly rateWindowMs: number;
  /**
   * Rate windows in a row in which the app goes past `rateLimit` before the host shuts it out: its
   * session ends with `SESSION_CLOSED` (`data.reason: 'rate-abuse'`), its frame gets nothing more
   * and the instance emits `abusive`. Default 3; `Infinity` never shuts an app out for its rate.
   */
  readonly abuseWindows: number;
  /** How long a handshake may take before the app counts as failed to load, ms. Default 15 000. */
  readonly handshakeTimeoutMs: number;
  /** How long a heartbeat may go unanswered before the app counts as not responding, ms. Default 5000. */
  readonly heartbeatTimeoutMs: number;
  /**
   * How long a prompt the app asked for without a gesture seen in its frame waits for the browser's
   * news of one (the host page's activation and focus arrive by another path than the call) before
   * it goes behind the chip, ms. Default 1000.
   */
  readonly gestureNewsMs: number;
}

/** Options of `createHost`. */
export interface HostOptions {
  readonly providers?: Providers;
  /** Draws permission prompts. Without it, every permission-gated method is denied. */
  readonly prompt?: PromptFn;
  /**
   * Draws the chip a prompt waits behind when the app asked without a citizen gesture in its frame
   * (`createChipFn` of `@citadel/ui`). Without it, such prompts open at once.
   */
  readonly queuePrompt?: QueuePromptFn;
  readonly limits?: Partial<Limits>;
  /** Where grants are remembered. Default: IndexedDB (`createIndexedDbGrants()`). */
  readonly grants?: GrantStore;
  /** The launch context's display data; read at each launch. */
  readonly context?: () => { lang: 'vi' | 'en'; theme: Theme; insets: Insets };
  /** The host page's origin. Default `location.origin`. */
  readonly origin?: string;
  /**
   * Called with every call an app made, once it is answered: the method, the params as the app sent them, the
   * outcome sent back and how long the host took. For developer tools (`citadel dev`'s bridge inspector), never for
   * decisions: the app gets its answer as always. Default none.
   */
  readonly onCall?: (call: ObservedCall) => void;
}

/** One answered call of an app, as `HostOptions.onCall` sees it. */
export interface ObservedCall {
  /** The app that called, from its frame. */
  readonly app: AppIdentity;
  /** The method the call named: a registry method, or anything else the app sent (answered `UNKNOWN_METHOD`). */
  readonly method: unknown;
  /** The params as the app sent them, before any check. */
  readonly params: unknown;
  /** What the app was answered: `{ ok: true, value }` or `{ ok: false, error: { code, message, data? } }`. */
  readonly outcome: CallOutcome;
  /** Milliseconds from the call's arrival to its answer (prompts and sheets included), from `performance.now()`. */
  readonly durationMs: number;
}

/** Options of `host.launch`. */
export interface LaunchOptions {
  readonly manifest: Manifest;
  /** The element the sandboxed iframe is appended to. */
  readonly container: HTMLElement;
  /** Deep-link path inside the app, appended to the entry URL. Default `''`. */
  readonly path?: string;
}

/** What a running mini-app tells the host app's chrome. */
export interface AppInstanceEvents {
  /** The handshake completed. */
  connected: void;
  /** The app called `app.ready`. */
  ready: void;
  title: string;
  backButton: boolean;
  /** The app asked to be closed. */
  closeRequest: void;
  /** Heartbeats went unanswered (`true`) or resumed (`false`). */
  unresponsive: boolean;
  /** The app did not complete the handshake, or its session ended with an error. */
  failed: { code: string; message: string };
  activity: { kind: ActivityKind; active: boolean };
  /**
   * The app went past the rate limit in `windows` rate windows in a row (`Limits.abuseWindows`):
   * its session already ended with `SESSION_CLOSED` (`data.reason: 'rate-abuse'`) and nothing
   * more from its frame is dispatched or handshaken. Call `close()` to remove the frame, tell the
   * citizen and report it.
   */
  abusive: RateAbuse;
  /**
   * A call of the app was answered with an error (whatever the cause: a refused check, the citizen's no, a provider's
   * failure): its code, and the method when the call named a registry method. For the host's own counts (the citizen
   * host reports them per code for the app's analytics); the app gets the error as always.
   */
  bridgeError: BridgeErrorEvent;
}

/** The `bridgeError` instance event: which call failed, with which code. */
export interface BridgeErrorEvent {
  readonly code: ErrorCode;
  /** The method called; `undefined` when the call named none of the registry (`UNKNOWN_METHOD`). */
  readonly method: MethodName | undefined;
}

/** Why an app was closed for flooding the bridge: the `data` of its `SESSION_CLOSED` error. */
export interface RateAbuse {
  readonly reason: 'rate-abuse';
  /** Calls allowed per window (`Limits.rateLimit`). */
  readonly limit: number;
  /** The window, in milliseconds (`Limits.rateWindowMs`). */
  readonly windowMs: number;
  /** Over-limit windows in a row (`Limits.abuseWindows`). */
  readonly windows: number;
}

/** One running mini-app in one sandboxed iframe. */
export interface AppInstance {
  readonly app: AppIdentity;
  readonly iframe: HTMLIFrameElement;
  /** Subscribes to instance events; returns the unsubscribe function. */
  on<E extends keyof AppInstanceEvents>(name: E, listener: (data: AppInstanceEvents[E]) => void): () => void;
  /** Sends a lifecycle or other event to the app. */
  emit<E extends EventName>(name: E, data: EventData<E>): void;
  /** Tells the app it is shown or hidden. */
  setVisible(visible: boolean): void;
  /** Sends the `back` event; resolves false when the app has no back button shown (the host should close it). */
  back(): boolean;
  /** Sends `close`, ends the session and removes the iframe. Idempotent. */
  close(): void;
}

/** A host engine; one per host page, running any number of apps. */
export interface Host {
  /** Frames an app and starts its handshake; throws `CitadelError` for a manifest the host must refuse. */
  launch(options: LaunchOptions): AppInstance;
  /** The methods this host answers. */
  readonly supported: readonly MethodName[];
  /**
   * Forgets the citizen's remembered answer of `permission` for app `appId` and ends what it
   * allowed in every running instance of the app (a location watch stops at once); the next
   * call that needs it prompts again. Resolves once the grant store forgot it.
   */
  revoke(appId: string, permission: Permission): Promise<void>;
  /**
   * Calls `listener` with every instance this host launches from now on, as `launch` creates it and before its frame
   * loads, so the listener sees all of its events (`ready`, `bridgeError`…). Returns the unsubscribe function.
   */
  onLaunch(listener: (instance: AppInstance) => void): () => void;
  /** Closes every app and stops listening. */
  dispose(): void;
}
