/** Where the app draws its screen: the shadow root of its lit element. */
export const screenOf = (root: HTMLElement): ParentNode => root.querySelector('hello-screen')!.shadowRoot!;
