import type { ReactiveElement } from 'lit';

/** Whether `element` is a custom element (`citadel-wallet-page`…), whose content is in its shadow root once drawn. */
const isCustom = (element: Element) => element.localName.includes('-');

/**
 * Moves the focus to the heading of the screen in `main` (its first `h1` or `h2`, in a screen element's shadow root
 * once it is defined and drawn), else to `main` itself: after a navigation or a sign-in, a screen reader says where
 * the citizen is and the next Tab starts from there, instead of the focus falling to the page's body.
 */
export async function focusScreen(main: HTMLElement): Promise<void> {
  const screen = [...main.children].find(isCustom) as ReactiveElement | undefined;
  if (screen) {
    await customElements.whenDefined(screen.localName);
    await screen.updateComplete;
  }
  const heading = screen?.shadowRoot?.querySelector<HTMLElement>('h1, h2') ?? main.querySelector<HTMLElement>('h1, h2');
  const target = heading ?? main;
  if (!target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
  target.focus({ preventScroll: true });
}
