import type { Citizen } from '@citadel/protocol/api';

/** Tells the screen around a form that the citizen is now signed in. */
export function signedIn(from: HTMLElement, citizen: Citizen) {
  from.dispatchEvent(new CustomEvent<Citizen>('citadel-signed-in', { detail: citizen, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'citadel-signed-in': CustomEvent<Citizen>;
    'citadel-verified': CustomEvent<Citizen>;
  }
}
