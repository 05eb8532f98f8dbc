import { expose } from 'comlink';
import { MessageType, type CallOutcome, type EventName, type SerializedError, type WelcomeMessage } from '@citadel/protocol';
import { createFilteredEndpoint } from './comlink-endpoint.js';

/** The host side of one handshake: a private port and the one exposed function. */
export interface Session {
  post(name: EventName, data: unknown): void;
  ping(n: number): void;
  end(error: SerializedError): void;
}

/** Options of `openSession`. */
export interface SessionOptions {
  readonly target: Window;
  readonly origin: string;
  readonly welcome: Omit<WelcomeMessage, 'type'>;
  readonly call: (method: unknown, params: unknown) => Promise<CallOutcome>;
  readonly onPong: (n: number) => void;
  readonly onPortClosed: () => void;
}

/**
 * Hands a fresh `MessagePort` to the frame, posted to its exact origin (never `'*'`),
 * and exposes a frozen, prototype-less object whose only member is `call` over it.
 */
export function openSession(options: SessionOptions): Session {
  const { port1, port2 } = new MessageChannel();
  const exposed = Object.freeze(Object.assign(Object.create(null) as object, { call: options.call }));
  const endpoint = createFilteredEndpoint(port1, options.origin, (data) => {
    const m = data as { type?: unknown; n?: unknown } | null;
    if (m && m.type === 'citadel:pong' && typeof m.n === 'number') options.onPong(m.n);
  });
  expose(exposed, endpoint, [options.origin]);
  port1.addEventListener('close', options.onPortClosed);
  port1.start();
  options.target.postMessage({ type: MessageType.welcome, ...options.welcome }, options.origin, [port2]);
  let open = true;
  return {
    post(name, data) {
      if (open) port1.postMessage({ type: MessageType.event, name, data });
    },
    ping(n) {
      if (open) port1.postMessage({ type: 'citadel:ping', n });
    },
    end(error) {
      if (!open) return;
      open = false;
      port1.postMessage({ type: MessageType.closed, error });
      port1.removeEventListener('close', options.onPortClosed);
      port1.onmessage = null;
      port1.close();
    },
  };
}
