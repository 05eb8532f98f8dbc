import {
  CitadelError, ErrorCode, MessageType, isResultMessage, type CallMessage, type ResultMessage,
} from '@citadel/protocol';

/** The caller's side of bridge calls on the private port: `call` messages out, `result` messages in. */
export interface CallChannel {
  /** Sends one call; resolves with its value or rejects with a `CitadelError`, never throws. */
  call(method: string, params: unknown): Promise<unknown>;
  /** Settles the call `data` answers; false when `data` is not the result of a pending call. */
  settle(data: unknown): boolean;
  /** Rejects every pending call, and every later one, with `error`. */
  close(error: CitadelError): void;
}

interface Pending {
  readonly method: string;
  readonly deadline: number;
  readonly resolve: (value: unknown) => void;
  readonly reject: (error: CitadelError) => void;
}

/** setTimeout's longest delay; a longer one would fire at once. */
const MAX_DELAY_MS = 0x7fff_ffff;

/**
 * Posts each call as a `citadel:call` with a numeric id and matches `citadel:result` answers
 * by that id (the envelope is declared in `@citadel/protocol`). A single timer,
 * armed for the oldest pending call, enforces `timeoutMs` on all of them (every call gets the
 * same timeout, so deadlines expire in the order calls were made).
 */
export function createCallChannel(port: MessagePort, timeoutMs: number): CallChannel {
  const pending = new Map<number, Pending>();
  let seq = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let closed: CitadelError | undefined;

  const sweep = () => {
    timer = undefined;
    const now = performance.now();
    for (const [id, entry] of pending) {
      if (entry.deadline > now) {
        timer = setTimeout(sweep, Math.min(entry.deadline - now, MAX_DELAY_MS));
        return;
      }
      pending.delete(id);
      entry.reject(new CitadelError(ErrorCode.TIMEOUT, `${entry.method} got no answer within ${timeoutMs} ms`, { timeoutMs }));
    }
  };

  return {
    call(method, params) {
      if (closed) return Promise.reject(closed);
      return new Promise((resolve, reject) => {
        // Ids only need to be unique on this port, which is private to this session.
        const id = ++seq;
        try {
          port.postMessage({ type: MessageType.call, id, method, params } satisfies CallMessage);
        } catch {
          // Not structured-cloneable (a function, a DOM node): nothing was sent.
          reject(new CitadelError(ErrorCode.INTERNAL, `${method} could not be sent`));
          return;
        }
        pending.set(id, { method, deadline: performance.now() + timeoutMs, resolve, reject });
        timer ??= setTimeout(sweep, Math.min(timeoutMs, MAX_DELAY_MS));
      });
    },
    settle(data) {
      const entry = isResultMessage(data) ? pending.get(data.id) : undefined;
      if (!entry) return false;
      const result = data as ResultMessage;
      pending.delete(result.id);
      if (result.ok === true) entry.resolve(result.value);
      else entry.reject(CitadelError.from(result.error)); // a malformed answer rebuilds as INTERNAL
      return true;
    },
    close(error) {
      closed = error;
      clearTimeout(timer);
      timer = undefined;
      for (const entry of pending.values()) entry.reject(error);
      pending.clear();
    },
  };
}
