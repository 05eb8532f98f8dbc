/** Where the app draws its screen: straight into its root element. */
export const screenOf = (root: HTMLElement): ParentNode => root;
