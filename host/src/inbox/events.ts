/** Detail of `citadel-open-app`: an app to open, at a path that is still untrusted (the shell checks it). */
export interface OpenAppDetail {
  readonly appId: string;
  /** The path the notification carries; the shell opens it only when the app's manifest allows it. */
  readonly path: string;
}

/** Asks the shell to open `appId` (from an inbox notification). */
export function openApp(from: HTMLElement, detail: OpenAppDetail) {
  from.dispatchEvent(new CustomEvent<OpenAppDetail>('citadel-open-app', { detail, bubbles: true, composed: true }));
}

/** Tells the shell that what the citizen has read changed, so the unread badge is read again. */
export function inboxChanged(from: HTMLElement) {
  from.dispatchEvent(new CustomEvent('citadel-inbox-changed', { bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'citadel-open-app': CustomEvent<OpenAppDetail>;
    'citadel-inbox-changed': CustomEvent<void>;
  }
}
