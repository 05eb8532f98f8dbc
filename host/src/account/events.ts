import type { Citizen } from './types.js';

/** Detail of `citadel-navigate`: an in-host route to go to. */
export interface NavigateDetail {
  /** `/account`, `/account/signin`, `/account/signup`, `/account/sessions` or `/`. */
  readonly path: string;
  /** Replace the current history entry instead of adding one. Default false. */
  readonly replace?: boolean;
}

/** Asks the shell to go to `path` (the event bubbles out of shadow roots). */
export function navigate(from: HTMLElement, path: string, replace = false) {
  from.dispatchEvent(new CustomEvent<NavigateDetail>('citadel-navigate', { detail: { path, replace }, bubbles: true, composed: true }));
}

/** Tells the screen around a form that the citizen is now signed in. */
export function signedIn(from: HTMLElement, citizen: Citizen) {
  from.dispatchEvent(new CustomEvent<Citizen>('citadel-signed-in', { detail: citizen, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'citadel-navigate': CustomEvent<NavigateDetail>;
    'citadel-signed-in': CustomEvent<Citizen>;
    'citadel-verified': CustomEvent<Citizen>;
  }
}
