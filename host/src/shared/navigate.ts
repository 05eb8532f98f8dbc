/** Detail of `citadel-navigate`: an in-host route to go to. */
export interface NavigateDetail {
  /** An in-host path, such as `/account`, `/wallet` or `/`. */
  readonly path: string;
  /** Replace the current history entry instead of adding one. Default false. */
  readonly replace?: boolean;
}

/** Asks the shell to go to `path` (the event bubbles out of shadow roots). */
export function navigate(from: HTMLElement, path: string, replace = false) {
  from.dispatchEvent(new CustomEvent<NavigateDetail>('citadel-navigate', { detail: { path, replace }, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'citadel-navigate': CustomEvent<NavigateDetail>;
  }
}
