import {
  CitadelError, ErrorCode, MessageType, isCallMessage, isPong,
  type CallMessage, type CallOutcome, type ClosedMessage, type EventMessage, type EventName, type PingMessage,
  type ResultMessage, type SerializedError, type WelcomeMessage,
} from '@citadel/protocol';

/** The host side of one handshake: a private port that answers `call` and `pong` messages. */
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
 * Hands a fresh `MessagePort` to the frame, posted to its exact origin (never `'*'`). The port
 * is the app's identity from then on; on it, only a well-formed `call` reaches the dispatcher
 * and only a `pong` reaches the heartbeat. Everything else is dropped without an answer.
 */
export function openSession(options: SessionOptions): Session {
  const { port1, port2 } = new MessageChannel();
  let open = true;
  const answer = async ({ id, method, params }: CallMessage) => {
    const outcome = await options.call(method, params);
    if (!open) return;
    try {
      port1.postMessage({ type: MessageType.result, id, ...outcome } satisfies ResultMessage);
    } catch {
      // A provider's value the browser cannot clone (a function, say): the app gets INTERNAL, the host never throws.
      port1.postMessage({ type: MessageType.result, id, ok: false, error: new CitadelError(ErrorCode.INTERNAL, 'The host could not send the result').toJSON() } satisfies ResultMessage);
    }
  };
  port1.onmessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (isCallMessage(data)) answer(data).catch(() => undefined);
    else if (isPong(data)) options.onPong(data.n);
  };
  port1.addEventListener('close', options.onPortClosed);
  options.target.postMessage({ type: MessageType.welcome, ...options.welcome }, options.origin, [port2]);
  return {
    post(name, data) {
      if (open) port1.postMessage({ type: MessageType.event, name, data } satisfies EventMessage);
    },
    ping(n) {
      if (open) port1.postMessage({ type: MessageType.ping, n } satisfies PingMessage);
    },
    end(error) {
      if (!open) return;
      open = false;
      port1.postMessage({ type: MessageType.closed, error } satisfies ClosedMessage);
      port1.removeEventListener('close', options.onPortClosed);
      port1.onmessage = null;
      port1.close();
    },
  };
}
