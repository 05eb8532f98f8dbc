/** The element that has the focus, through open shadow roots (an app's frame inside the app view, for one). */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== document.body ? active : undefined;
}

/**
 * Runs `show`, a host dialog drawn over the page (the payment sheet, a sign-in), and, when it ends with the focus on
 * the page's body, gives the focus back to what had it before: the app's frame the citizen paid from, for one. A
 * modal dialog restores the focus itself only while it holds it, and a button disabled while its request runs drops
 * it to the body (issue 16: "focus falls to the page body after paying").
 */
export async function keepFocus<T>(show: () => Promise<T>): Promise<T> {
  const before = deepActiveElement();
  try {
    return await show();
  } finally {
    if (before?.isConnected && deepActiveElement() === undefined) before.focus();
  }
}

/** `fn`, each call run through `keepFocus`. */
export const withKeptFocus = <A extends unknown[], T>(fn: (...args: A) => Promise<T>) => (...args: A): Promise<T> => keepFocus(() => fn(...args));
