import { wrap } from 'comlink';
import {
  CitadelError, ErrorCode, isClosedMessage, isEventMessage,
  type BridgeEndpoint, type EventName, type MethodName, type Namespace,
} from '@citadel/protocol';
import { handshake } from './handshake.js';
import type { Client, ConnectOptions } from './types.js';

const namespace = (call: (method: string, params: unknown) => Promise<unknown>, name: Namespace) =>
  new Proxy(Object.create(null) as object, {
    get: (_target, prop) => (typeof prop === 'string' && prop !== 'then' ? (params?: unknown) => call(`${name}.${prop}`, params) : undefined),
  });

/**
 * Connects to the Citadel host this page is framed in. Resolves to a typed client, or rejects
 * with `NOT_HOSTED` within `timeoutMs` (default 5000) when no host answers: it never hangs.
 */
export async function connect(options: ConnectOptions = {}): Promise<Client> {
  const { welcome, port } = await handshake(options.timeoutMs ?? 5000, options.hostOrigins);
  const callTimeoutMs = options.callTimeoutMs ?? 120_000;
  const remote = wrap<BridgeEndpoint>(port);
  const listeners = new Map<string, Set<(data: never) => void>>();
  const pending = new Set<(error: CitadelError) => void>();
  const supported = new Set<string>(welcome.supported);
  let closedError: CitadelError | undefined;

  port.addEventListener('message', (event: MessageEvent) => {
    const data = event.data as { type?: unknown; n?: unknown };
    if (data?.type === 'citadel:ping') {
      port.postMessage({ type: 'citadel:pong', n: data.n });
    } else if (isEventMessage(data)) {
      for (const listener of listeners.get(data.name) ?? []) listener(data.data as never);
    } else if (isClosedMessage(data)) {
      closedError = CitadelError.from({ ...data.error, code: ErrorCode.SESSION_CLOSED });
      for (const fail of pending) fail(closedError);
      pending.clear();
      port.close();
    }
  });
  // comlink starts the port only at the first call; events sent before that must not wait for one.
  port.start();

  const call = (method: string, params: unknown): Promise<unknown> => {
    if (closedError) return Promise.reject(closedError);
    return new Promise((resolve, reject) => {
      const fail = (error: CitadelError) => {
        clearTimeout(timer);
        pending.delete(fail);
        reject(error);
      };
      const timer = setTimeout(
        () => fail(new CitadelError(ErrorCode.TIMEOUT, `${method} got no answer within ${callTimeoutMs} ms`, { timeoutMs: callTimeoutMs })),
        callTimeoutMs,
      );
      pending.add(fail);
      remote.call(method, params ?? {}).then(
        (outcome) => {
          if (!pending.has(fail)) return;
          clearTimeout(timer);
          pending.delete(fail);
          if (outcome.ok) resolve(outcome.value);
          else reject(CitadelError.from(outcome.error));
        },
        () => fail(new CitadelError(ErrorCode.INTERNAL, `${method} could not be sent`)),
      );
    });
  };

  return {
    appId: welcome.appId,
    hostVersion: welcome.v,
    context: welcome.context,
    supports: (method: MethodName) => supported.has(method),
    call: call as Client['call'],
    ready: () => call('app.ready', {}).then(() => undefined),
    close: () => call('app.close', {}).then(() => undefined),
    on(name: EventName, listener: (data: never) => void) {
      let set = listeners.get(name);
      if (!set) listeners.set(name, (set = new Set()));
      set.add(listener);
      return () => void set.delete(listener);
    },
    identity: namespace(call, 'identity'),
    payments: namespace(call, 'payments'),
    location: namespace(call, 'location'),
    notifications: namespace(call, 'notifications'),
    storage: namespace(call, 'storage'),
    ui: namespace(call, 'ui'),
  } as Client;
}
