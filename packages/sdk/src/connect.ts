import {
  CitadelError, ErrorCode, MessageType, isClosedMessage, isEventMessage, isPing,
  type PongMessage,
  type EventName, type MethodName, type Namespace,
} from '@citadel/protocol';
import { createCallChannel } from './call-channel.js';
import { handshake } from './handshake.js';
import type { Client, ConnectOptions } from './types.js';

type Call = (method: string, params: unknown) => Promise<unknown>;

const namespace = (call: Call, name: Namespace) => {
  // One function per member, made on first use: `client.storage.get` is the same function every time.
  const members = new Map<string, (params?: unknown) => Promise<unknown>>();
  return new Proxy(Object.create(null) as object, {
    get(_target, prop) {
      if (typeof prop !== 'string' || prop === 'then') return undefined;
      let member = members.get(prop);
      if (!member) {
        const method = `${name}.${prop}`;
        members.set(prop, (member = (params?: unknown) => call(method, params)));
      }
      return member;
    },
  });
};

/**
 * Connects to the Citadel host this page is framed in. Resolves to a typed client, or rejects
 * with `NOT_HOSTED` within `timeoutMs` (default 5000) when no host answers: it never hangs.
 */
export async function connect(options: ConnectOptions = {}): Promise<Client> {
  const { welcome, port } = await handshake(options.timeoutMs ?? 5000, options.hostOrigins);
  const channel = createCallChannel(port, options.callTimeoutMs ?? 120_000);
  const listeners = new Map<string, Set<(data: never) => void>>();
  const supported = new Set<string>(welcome.supported);

  port.addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    if (channel.settle(data)) return;
    if (isPing(data)) {
      port.postMessage({ type: MessageType.pong, n: data.n } satisfies PongMessage);
    } else if (isEventMessage(data)) {
      for (const listener of listeners.get(data.name) ?? []) listener(data.data as never);
    } else if (isClosedMessage(data)) {
      channel.close(CitadelError.from({ ...data.error, code: ErrorCode.SESSION_CLOSED }));
      port.close();
    }
  });
  port.start();

  const call: Call = (method, params) => channel.call(method, params ?? {});

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
