/** The status region `boot` writes to (`#app .status`), before and instead of the app when it cannot start. */
const statusRegion = {
  tag: 'main', attrs: { id: 'app', 'aria-live': 'polite' }, injectTo: 'body-prepend',
  children: [{ tag: 'p', attrs: { class: 'status', 'data-testid': 'status' }, children: '…' }],
} as const;

/**
 * A Vite plugin that writes what every demo app's `index.html` shares, so the page holds only its language, title
 * and script: the charset and a viewport that reaches under a phone's notch, `/icon.svg` as the icon, and the
 * status region `boot` writes to.
 */
export function appShell() {
  return {
    name: 'citadel-app-shell',
    transformIndexHtml: () => [
      { tag: 'meta', attrs: { charset: 'utf-8' }, injectTo: 'head-prepend' },
      { tag: 'meta', attrs: { name: 'viewport', content: 'width=device-width, initial-scale=1, viewport-fit=cover' }, injectTo: 'head-prepend' },
      { tag: 'link', attrs: { rel: 'icon', href: '/icon.svg' }, injectTo: 'head' },
      statusRegion,
    ] as const,
  };
}
