/** What the signed-out console shows: the sign-in form, the sign-up screen or the recovery screen. */
export type AccountView = 'sign-in' | 'sign-up' | 'recover';

/** Asks the sign-in screen to show `view`; the event leaves shadow roots. */
export function showAccountView(from: Element, view: AccountView): void {
  from.dispatchEvent(new CustomEvent<AccountView>('console-account-view', { detail: view, bubbles: true, composed: true }));
}

declare global {
  interface HTMLElementEventMap {
    'console-account-view': CustomEvent<AccountView>;
  }
}
