import type { Endpoint } from 'comlink';

/**
 * The only comlink messages a host accepts: an APPLY of the exposed `call` with two raw
 * arguments. GET, SET, CONSTRUCT, ENDPOINT and RELEASE, proxies and thrown values in
 * arguments, and anything else are dropped before comlink sees them.
 */
export function isCallMessage(data: unknown): boolean {
  if (typeof data !== 'object' || data === null) return false;
  const m = data as { id?: unknown; type?: unknown; path?: unknown; argumentList?: unknown };
  if (m.type !== 'APPLY' || typeof m.id !== 'string' || m.id.length > 64) return false;
  if (!Array.isArray(m.path) || m.path.length !== 1 || m.path[0] !== 'call') return false;
  const args = m.argumentList;
  return Array.isArray(args) && args.length === 2 && isRaw(args[0]) && isRaw(args[1]);
}

const isRaw = (value: unknown) => typeof value === 'object' && value !== null && (value as { type?: unknown }).type === 'RAW';

/**
 * Wraps a port so comlink's `expose` sees only call messages, each stamped with the app's
 * exact origin (port messages carry none), so comlink's own origin check can be explicit
 * instead of its `'*'` default. Other traffic goes to `onOther`.
 */
export function createFilteredEndpoint(port: MessagePort, origin: string, onOther: (data: unknown) => void): Endpoint {
  let listener: ((event: MessageEvent) => void) | undefined;
  port.onmessage = (event: MessageEvent) => {
    const data: unknown = event.data;
    if (isCallMessage(data)) {
      listener?.({ data, origin } as MessageEvent);
    } else {
      onOther(data);
    }
  };
  return {
    postMessage: (message: unknown, transfer?: Transferable[]) => port.postMessage(message, transfer ?? []),
    addEventListener: (_type: string, l: EventListenerOrEventListenerObject) => {
      listener = typeof l === 'function' ? (l as (event: MessageEvent) => void) : (e) => l.handleEvent(e);
    },
    removeEventListener: () => {
      listener = undefined;
    },
    start: () => port.start(),
  };
}
