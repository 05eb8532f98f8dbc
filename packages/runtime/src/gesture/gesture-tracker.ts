/** Which frame, if any, the citizen's latest gesture on the host page was in. */
export interface GestureTracker {
  /**
   * True when the host page holds a transient user activation (`navigator.userActivation.isActive`)
   * and the citizen's latest gesture was inside `iframe`, as far as the host can tell; false when in doubt.
   */
  gesturedIn(iframe: HTMLIFrameElement): boolean;
  /**
   * Resolves true as soon as `gesturedIn(iframe)` holds, or false after `withinMs`: the browser tells
   * the host page of a gesture in a frame (activation, focus) by another path than the frame's
   * message, and on a loaded phone that news can come after the call it went with.
   */
  gestureArrives(iframe: HTMLIFrameElement, withinMs: number, signal: AbortSignal): Promise<boolean>;
  /** Stops listening. */
  dispose(): void;
}

// The input events that give a page transient activation (HTML, "activation triggering input event").
const activating = ['pointerdown', 'mousedown', 'keydown', 'touchend'] as const;

/** The focused element, looked for inside shadow roots too (the host may draw the frame inside an element's). */
const deepActiveElement = (): Element | null => {
  let element = document.activeElement;
  while (element?.shadowRoot?.activeElement) element = element.shadowRoot.activeElement;
  return element;
};

/**
 * Tracks, with signals the frame cannot forge, whether the citizen just acted inside a frame
 * (docs/security-model.md, "Prompts wait for the citizen"):
 *
 * - the host page's `navigator.userActivation.isActive`: only the browser sets it, on real input,
 *   for a few seconds; in Chromium (User Activation v2) a gesture inside a cross-origin child frame
 *   activates its ancestors, the host page included, and so does a gesture on the host's own page;
 * - where the latest gesture was: input on the host's own page reaches the host's capture
 *   listeners (and moves focus out of any frame); input in a frame does not reach them, but moves
 *   focus into the frame, so the host window blurs with that `<iframe>` as `document.activeElement`.
 *
 * What it cannot tell (docs/security-model.md says it): a frame may move focus into itself by
 * script; within the few seconds a tap on the host's own page keeps the page activated, that
 * passes for a gesture in the frame.
 */
export function createGestureTracker(): GestureTracker {
  let focused: HTMLIFrameElement | undefined;
  const waiters = new Set<() => void>();

  const onHostInput = (event: Event) => {
    if (event.isTrusted) focused = undefined;
  };
  const onBlur = (event: FocusEvent) => {
    if (event.target !== window) return;
    const element = deepActiveElement();
    focused = element instanceof HTMLIFrameElement ? element : undefined;
    for (const check of waiters) check();
  };
  for (const type of activating) addEventListener(type, onHostInput, { capture: true });
  addEventListener('blur', onBlur, { capture: true });

  const gesturedIn = (iframe: HTMLIFrameElement) =>
    navigator.userActivation?.isActive === true && focused === iframe && deepActiveElement() === iframe;

  return {
    gesturedIn,
    gestureArrives(iframe, withinMs, signal) {
      if (gesturedIn(iframe)) return Promise.resolve(true);
      return new Promise<boolean>((resolve) => {
        // The blur wakes it at once; activation has no event, so it is also looked at on a short beat.
        const poll = setInterval(() => check(), 50);
        const timer = setTimeout(() => done(false), withinMs);
        const check = () => {
          if (gesturedIn(iframe)) done(true);
        };
        const done = (result: boolean) => {
          clearInterval(poll);
          clearTimeout(timer);
          waiters.delete(check);
          signal.removeEventListener('abort', onAbort);
          resolve(result);
        };
        const onAbort = () => done(false);
        waiters.add(check);
        signal.addEventListener('abort', onAbort, { once: true });
      });
    },
    dispose() {
      for (const type of activating) removeEventListener(type, onHostInput, { capture: true });
      removeEventListener('blur', onBlur, { capture: true });
    },
  };
}
