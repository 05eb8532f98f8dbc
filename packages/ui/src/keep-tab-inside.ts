import { tabbable } from 'tabbable';

/** Whether `node` is `container` or inside it, through the shadow roots between them. */
function within(container: Node, node: Node | null): boolean {
  for (let at = node; at; at = at.parentNode ?? (at instanceof ShadowRoot ? at.host : null)) if (at === container) return true;
  return false;
}

/** The element that has the focus, through open shadow roots. */
function deepActive(): Element | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active;
}

/**
 * A modal `<dialog>`'s `keydown` listener that keeps Tab and Shift+Tab inside it: from its last stop Tab goes to its
 * first, and Shift+Tab from its first to its last. `showModal()` makes the page behind inert, but Chromium still lets
 * the focus leave the last stop for the page's body (the browser's toolbar in a window); then Escape and the
 * dialog's buttons are out of reach from the keyboard. The stops are `tabbable`'s, through the open shadow roots of
 * the forms a dialog holds (the sign-in form's fields, say), a radio group counted once. From an element that is no
 * stop (a result's heading given the focus), the browser moves on, and the focus comes back if it left.
 */
export function keepTabInside(event: KeyboardEvent): void {
  if (event.key !== 'Tab' || event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
  const dialog = event.currentTarget;
  if (!(dialog instanceof HTMLElement)) return;
  const stops = tabbable(dialog, { getShadowRoot: true });
  const first = stops[0];
  const last = stops.at(-1);
  if (!first || !last) {
    event.preventDefault();
    return;
  }
  const wrapTo = event.shiftKey ? last : first;
  // What has the focus: the innermost element of the event's path (inside a form's shadow root too).
  const focused = event.composedPath()[0];
  if (focused === (event.shiftKey ? first : last)) {
    event.preventDefault();
    wrapTo.focus();
  } else if (!stops.includes(focused as HTMLElement)) {
    setTimeout(() => { if (!within(dialog, deepActive())) wrapTo.focus(); });
  }
}
