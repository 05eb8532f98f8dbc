/** Marks a stand-in parent, so a second mock host in the same page is refused instead of silently stacked. */
const MOCK_PARENT = Symbol.for('@citadel/testing/mock-parent');

/** The test page's stand-in for the framing host's window. */
export interface ParentSeam {
  /** Dispatches `data` (and `port`) to the page as a message from its parent at the mock host's origin. */
  answer(data: unknown, port?: MessagePort): void;
  /** Puts the page's own `window.parent` back. */
  restore(): void;
}

/**
 * Stands in for `window.parent`, the one target the SDK's handshake posts its hello to and the one `source` it
 * accepts the answer from, so the real `connect()` runs unchanged in an unframed test page. `parent` is a
 * `[Replaceable]` attribute of `Window` (HTML, "The Window object"): any script of a page can already replace it, so
 * this adds nothing a page's own code could not do; the SDK itself has no test switch. The stand-in is a
 * `MessagePort`, the one kind of object besides a window that a `MessageEvent` may name as its source.
 */
export function installParentSeam(origin: string, onMessage: (data: unknown) => void): ParentSeam {
  if ((window.parent as unknown as Record<symbol, unknown>)[MOCK_PARENT]) {
    throw new Error('A mock host is already installed in this page: dispose() it before creating another');
  }
  const own = Object.getOwnPropertyDescriptor(window, 'parent');
  const channel = new MessageChannel();
  const parent = channel.port1;
  // A host's postMessage delivers a copy, later: so does the stand-in.
  const post = (data: unknown) => {
    const copy = structuredClone(data);
    queueMicrotask(() => onMessage(copy));
  };
  Object.defineProperties(parent, { postMessage: { value: post }, [MOCK_PARENT]: { value: true } });
  Object.defineProperty(window, 'parent', { value: parent, configurable: true, enumerable: true, writable: true });
  return {
    answer(data, port) {
      window.dispatchEvent(new MessageEvent('message', { data, origin, source: parent, ports: port ? [port] : [] }));
    },
    restore() {
      if (own) Object.defineProperty(window, 'parent', own);
      else delete (window as { parent?: unknown }).parent;
      channel.port1.close();
      channel.port2.close();
    },
  };
}
