import {
  ErrorCode, MessageType, isCallMessage,
  type CallOutcome, type ClosedMessage, type EventMessage, type EventName, type ResultMessage,
} from '@citadel/protocol';

/** The host's end of one app's private port. */
export interface MockSession {
  post(name: EventName, data: unknown): void;
  end(data?: Readonly<Record<string, unknown>>): void;
}

/**
 * Answers each well-formed `call` on `port` with `answer`, as a host's session does; everything else on the port is
 * dropped. `onAnswered` sees every call with its outcome, in the order the outcomes were posted.
 */
export function openMockSession(
  port: MessagePort,
  answer: (method: unknown, params: unknown) => Promise<CallOutcome>,
  onAnswered: (method: string, params: unknown, outcome: CallOutcome) => void,
): MockSession {
  let open = true;
  port.addEventListener('message', (event: MessageEvent) => {
    const data: unknown = event.data;
    if (!isCallMessage(data)) return;
    void answer(data.method, data.params).then((outcome) => {
      if (!open) return;
      onAnswered(data.method, data.params, outcome);
      port.postMessage({ type: MessageType.result, id: data.id, ...outcome } satisfies ResultMessage);
    });
  });
  port.start();
  return {
    post(name, data) {
      if (open) port.postMessage({ type: MessageType.event, name, data } satisfies EventMessage);
    },
    end(data) {
      if (!open) return;
      open = false;
      const error = { code: ErrorCode.SESSION_CLOSED, message: 'The mock host ended the session', ...(data ? { data } : {}) };
      port.postMessage({ type: MessageType.closed, error } satisfies ClosedMessage);
      port.close();
    },
  };
}
