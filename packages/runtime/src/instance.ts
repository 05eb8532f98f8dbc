import {
  CitadelError, ErrorCode, MessageType, PROTOCOL_VERSION, compareVersions, methodNames,
  type EventName, type LaunchContext, type MethodName, type Permission, type RefusedMessage, type SerializedError,
} from '@citadel/protocol';
import { createDispatcher, type AnyHandler } from './dispatch.js';
import { createEmitter } from './emitter.js';
import { createGrantRequester } from './grants/request-grant.js';
import { openSession, type Session } from './session.js';
import type {
  AppIdentity, AppInstance, AppInstanceEvents, CallContext, GrantStore, Limits, ObservedCall, PromptFn, QueuePromptFn, RateAbuse,
} from './types.js';
import type { GestureTracker } from './gesture/gesture-tracker.js';
import { createPromptGate } from './gesture/prompt-gate.js';

/** What the host engine shares with each instance. */
export interface InstanceDeps {
  readonly app: AppIdentity;
  readonly iframe: HTMLIFrameElement;
  readonly limits: Limits;
  readonly supported: readonly MethodName[];
  readonly providerHandler: (method: MethodName) => AnyHandler | undefined;
  readonly grants: GrantStore;
  readonly prompt: PromptFn | undefined;
  readonly queuePrompt: QueuePromptFn | undefined;
  /** The host page's gesture tracker: was the citizen's latest gesture in this frame? */
  readonly gestures: GestureTracker;
  readonly context: Omit<LaunchContext, 'path'>;
  readonly path: string;
  readonly onClosed: () => void;
  /** `HostOptions.onCall`. */
  readonly onCall: ((call: ObservedCall) => void) | undefined;
}

/** The host-side instance, with the hooks the handshake listener drives. */
export interface InternalInstance extends AppInstance {
  /** A hello from this frame's window, already checked for source. */
  handshake(origin: string, version: string): void;
  /** Aborts the `revoked(permission)` signal every handler of this instance was given. */
  revoke(permission: Permission): void;
}

const majorOf = (v: string) => v.split('.')[0];

/** Creates the engine state of one framed app. */
export function createInstance(deps: InstanceDeps): InternalInstance {
  const { app, iframe, limits } = deps;
  const events = createEmitter<AppInstanceEvents>();
  let session: Session | undefined;
  // One session per page load. `loads` counts the frame's load events; `sessionLoad` is the load
  // the live session's page belongs to (undefined while the first page, whose hello may come
  // before its load event, is still loading). Hellos that came while a session was live wait in
  // `waiting` for the ping `probe` (a pong: the page is alive) or the next load (a new page).
  let loads = 0;
  let sessionLoad: number | undefined;
  let waiting: Window[] = [];
  let probe = 0;
  let controller = new AbortController();
  let closed = false;
  // Set once the app kept flooding the bridge: its session is over for good, whatever it sends.
  let abused = false;
  let visible = true;
  let backButton = false;
  let pingSent = 0;
  let pongSeen = 0;
  let unresponsive = false;
  let heartbeat: ReturnType<typeof setInterval> | undefined;
  const requestGrant = createGrantRequester(app, deps.grants, deps.prompt);
  // One controller per permission, replaced once revoked: a grant given again starts afresh.
  const revocations = new Map<Permission, AbortController>();
  const revoked = (permission: Permission) => {
    let controller = revocations.get(permission);
    if (!controller) revocations.set(permission, (controller = new AbortController()));
    return controller.signal;
  };

  const handshakeTimer = setTimeout(() => {
    if (!session && !closed) events.emit('failed', { code: ErrorCode.TIMEOUT, message: `${app.id} did not connect within ${limits.handshakeTimeoutMs} ms` });
  }, limits.handshakeTimeoutMs);

  // One frozen context per session (its signal aborts when the session ends), not one per call;
  // a call filed under a permission gets its own, whose prompt gate knows whether it came with a
  // citizen gesture in this frame (read when the call arrives: activation is transient).
  let callContext: CallContext | undefined;
  const gesturedNow = () => deps.gestures.gesturedIn(iframe);
  const gestureArrives = (signal: AbortSignal) => deps.gestures.gestureArrives(iframe, limits.gestureNewsMs, signal);
  const gated = (gestured: boolean, signal: AbortSignal) =>
    createPromptGate({ app, gestured, gestureArrives, signal, queue: deps.queuePrompt });
  const context = (): CallContext =>
    (callContext ??= Object.freeze<CallContext>({
      app,
      signal: controller.signal,
      emit: (name, data) => session?.post(name, data),
      // Outside a permission's call, a prompt waits unless the citizen is acting in the frame now.
      beforePrompt: (permission) => gated(false, controller.signal)(permission),
      requestGrant: (permission, options = {}) => requestGrant(permission, options, gated(false, controller.signal)),
      activity: (kind, active) => events.emit('activity', { kind, active }),
      revoked,
    }));
  const promptContext = (): CallContext => {
    const base = context();
    const beforePrompt = gated(gesturedNow(), base.signal);
    return Object.freeze<CallContext>({ ...base, beforePrompt, requestGrant: (permission, options = {}) => requestGrant(permission, options, beforePrompt) });
  };

  const builtins: Partial<Record<MethodName, AnyHandler>> = {
    'app.ready': async () => (events.emit('ready', undefined), null),
    'app.close': async () => (events.emit('closeRequest', undefined), null),
    'ui.setTitle': async (p) => (events.emit('title', (p as { title: string }).title), null),
    'ui.setBackButton': async (p) => {
      backButton = (p as { visible: boolean }).visible;
      events.emit('backButton', backButton);
      return null;
    },
    'ui.getTheme': async () => deps.context.theme,
    'ui.getSafeAreaInsets': async () => deps.context.insets,
  };
  // Resolved once: the providers are fixed when the host is created (so is the `supported` list).
  const handlers = new Map<MethodName, AnyHandler>();
  for (const method of methodNames) {
    const handler = builtins[method] ?? deps.providerHandler(method);
    if (handler) handlers.set(method, handler);
  }
  const call = createDispatcher({
    app,
    limits,
    handlerFor: (method) => handlers.get(method),
    context,
    promptContext,
    // The app kept flooding the bridge (docs/security-model.md, "Every call is checked"): the
    // session ends with the error, so the app's pending calls get it, and the frame gets nothing
    // more: no handshake (a reload resets nothing), no heartbeat. The frame stays until the
    // embedding host's `close()`, so the app's page can still receive the reason.
    onAbuse: (error) => {
      if (closed || abused) return;
      abused = true;
      waiting = [];
      clearTimeout(handshakeTimer);
      clearInterval(heartbeat);
      endSession(error.toJSON());
      events.emit('abusive', error.data as unknown as RateAbuse);
    },
    onError: (code, method) => events.emit('bridgeError', { code, method }),
    ...(deps.onCall ? {
      onAnswer: (method: unknown, params: unknown, outcome: ObservedCall['outcome'], durationMs: number) =>
        deps.onCall?.({ app, method, params, outcome, durationMs }),
    } : {}),
  });

  const endSession = (error: SerializedError) => {
    probe = 0;
    session?.end(error);
    session = undefined;
    controller.abort();
    controller = new AbortController();
    callContext = undefined;
  };

  const beat = () => {
    if (!session || !visible) return;
    if (pingSent > pongSeen && !unresponsive) {
      unresponsive = true;
      events.emit('unresponsive', true);
    }
    session.ping(++pingSent);
  };

  const settleWaiting = (alive: boolean) => {
    const hellos = waiting;
    waiting = [];
    probe = 0;
    if (alive) {
      for (const target of hellos) refuse(target, app.origin, new CitadelError(ErrorCode.ALREADY_CONNECTED, 'This page already holds a bridge session'));
      return;
    }
    // A newer page has loaded: the page that held the session is gone, and the newest hello is the
    // new page's. One welcome answers every pending connect() of that page; older hellos need no answer.
    endSession({ code: ErrorCode.SESSION_CLOSED, message: 'The app page was reloaded or navigated away' });
    const newest = hellos.at(-1);
    if (newest && !closed) accept(newest);
  };

  const onLoad = () => {
    loads++;
    if (!session) return;
    if (sessionLoad === undefined) sessionLoad = loads; // the first page's own load
    else if (waiting.length > 0) settleWaiting(false);
  };
  iframe.addEventListener('load', onLoad);

  const accept = (target: Window) => {
    clearTimeout(handshakeTimer);
    session = openSession({
      target,
      origin: app.origin,
      welcome: { v: PROTOCOL_VERSION, appId: app.id, supported: deps.supported, context: { ...deps.context, path: deps.path } },
      call,
      onPong: (n) => {
        // A pong answers a ping the host sent; one ahead of them is forged and counts for nothing.
        if (n > pingSent) return;
        pongSeen = Math.max(pongSeen, n);
        if (probe !== 0 && n >= probe) settleWaiting(true);
        if (unresponsive && pongSeen >= pingSent) {
          unresponsive = false;
          events.emit('unresponsive', false);
        }
      },
      onPortClosed: () => endSession({ code: ErrorCode.SESSION_CLOSED, message: 'The app page went away' }),
    });
    sessionLoad = loads === 0 ? undefined : loads;
    pingSent = pongSeen = 0;
    heartbeat ??= setInterval(beat, limits.heartbeatTimeoutMs);
    events.emit('connected', undefined);
  };

  const refuse = (target: Window, origin: string, error: CitadelError) => {
    // Only ever to the sender's exact origin, and only a code: no port, no data.
    if (origin !== 'null') target.postMessage({ type: MessageType.refused, error: error.toJSON() } satisfies RefusedMessage, origin);
  };

  return {
    app,
    iframe,
    on: events.on,
    emit(name: EventName, data: unknown) {
      session?.post(name, data);
    },
    handshake(origin, version) {
      const target = iframe.contentWindow;
      if (closed || abused || !target) return;
      if (origin !== app.origin) {
        // The frame navigated away from the app's origin: whatever is there now is not the app.
        waiting = [];
        endSession({ code: ErrorCode.SESSION_CLOSED, message: 'The frame left the app origin' });
        refuse(target, origin, new CitadelError(ErrorCode.ORIGIN_MISMATCH, 'This frame was not opened for this origin'));
        return;
      }
      if (majorOf(version) !== majorOf(PROTOCOL_VERSION)) {
        refuse(target, origin, new CitadelError(ErrorCode.VERSION_MISMATCH, `The host speaks protocol ${PROTOCOL_VERSION}, the SDK ${version}`, { host: PROTOCOL_VERSION }));
        return;
      }
      if (!session) {
        accept(target);
        return;
      }
      // One session per page load (docs/security-model.md, "Your app is its origin"). A hello
      // while a session is live comes from the page that holds it (a replay), or from a newer page
      // (a reload: Chromium does not tell the host that the old page's port died). A page loaded
      // since the session's own: a newer page, answered at once. Otherwise, without a timer, the
      // first of two signs decides: a pong to a ping on the live port (the page is alive: refused
      // with ALREADY_CONNECTED, the session goes on) or the frame's next load event (a newer page).
      if (sessionLoad !== undefined && loads > sessionLoad) {
        waiting.push(target);
        settleWaiting(false);
        return;
      }
      waiting.push(target);
      if (probe === 0) session.ping((probe = ++pingSent));
    },
    revoke(permission) {
      const controller = revocations.get(permission);
      revocations.delete(permission);
      controller?.abort();
    },
    setVisible(next) {
      if (next === visible) return;
      visible = next;
      session?.post(next ? 'show' : 'hide', {});
      if (!next) pongSeen = pingSent; // a hidden app is not expected to answer
    },
    back() {
      if (!backButton || !session) return false;
      session.post('back', {});
      return true;
    },
    close() {
      if (closed) return;
      session?.post('close', {});
      closed = true;
      waiting = [];
      iframe.removeEventListener('load', onLoad);
      clearTimeout(handshakeTimer);
      clearInterval(heartbeat);
      endSession({ code: ErrorCode.SESSION_CLOSED, message: 'The app was closed' });
      iframe.remove();
      events.clear();
      deps.onClosed();
    },
  };
}

/** True when the host can run an app needing protocol `minProtocol`. */
export function speaks(minProtocol: string): boolean {
  return compareVersions(minProtocol, PROTOCOL_VERSION) <= 0;
}
