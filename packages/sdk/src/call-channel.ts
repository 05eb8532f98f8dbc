import { CitadelError, ErrorCode, type CallOutcome } from '@citadel/protocol';

/** The caller's side of the one function the host exposes with comlink on the private port. */
export interface CallChannel {
  /** Calls the host's `call(method, params)`; rejects with a `CitadelError`, never throws. */
  call(method: string, params: unknown): Promise<unknown>;
  /** Settles the call `data` answers; false when `data` is not an answer to a pending call. */
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

/** What comlink's `expose` posts back: `{ id, type: 'RAW', value }`, or a `HANDLER` for a thrown value. */
interface Reply {
  readonly id?: unknown;
  readonly type?: unknown;
  readonly value?: CallOutcome | null;
}

const path = ['call'];

/** setTimeout's longest delay; a longer one would fire at once. */
const MAX_DELAY_MS = 0x7fff_ffff;

/**
 * Speaks comlink's wire format for the one exposed function, without comlink's `wrap`: that
 * builds a Proxy (registered with a FinalizationRegistry) on every property access and a
 * 60-character random id per call, and the SDK only ever needs `APPLY` of `call` with two raw
 * arguments, the only message the host admits. Answers are matched by id; a single timer,
 * armed for the oldest pending call, enforces `timeoutMs` on all of them (every call gets the
 * same timeout, so deadlines expire in the order calls were made).
 */
export function createCallChannel(port: MessagePort, timeoutMs: number): CallChannel {
  const pending = new Map<string, Pending>();
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
        const id = (++seq).toString(36);
        try {
          port.postMessage({
            id, type: 'APPLY', path,
            argumentList: [{ type: 'RAW', value: method }, { type: 'RAW', value: params }],
          });
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
      const reply = data as Reply | null;
      const id = reply?.id;
      const entry = typeof id === 'string' ? pending.get(id) : undefined;
      if (!entry) return false;
      pending.delete(id as string);
      if (reply!.type !== 'RAW') {
        // comlink's answer for a thrown value: the host's call never throws, so this is a host fault.
        entry.reject(new CitadelError(ErrorCode.INTERNAL, `${entry.method} failed in the host`));
        return true;
      }
      const outcome = reply!.value;
      if (outcome?.ok === true) entry.resolve(outcome.value);
      else entry.reject(CitadelError.from(outcome?.error)); // a malformed answer rebuilds as INTERNAL
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
