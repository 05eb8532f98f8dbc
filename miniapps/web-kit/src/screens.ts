import type { Client } from '@citadel/sdk';
import { el } from './dom.js';

/** A place in an app: `view` names it, the rest is what it shows. */
export interface Screen {
  readonly view: string;
}

/** A tab: the screen it opens and its label. */
export type Tab<S extends Screen> = readonly [screen: S, label: string];

/** How an app moves between its screens. */
export interface ScreensOptions<S extends Screen> {
  /**
   * The tabs along the top: each opens its screen and clears the way back. A function is read
   * again at every draw, so a tab can appear later (a staff tab once the backend says so).
   */
  readonly tabs: ReadonlyArray<Tab<S>> | (() => ReadonlyArray<Tab<S>>);
  /** The screen the app opens at: the app's `routeFromPath(client.context.path)`. */
  readonly first: S;
  /** The screen "back" leads to when there is nothing before (a deep link opened the app). */
  readonly home: S;
  /** Screens opened over another one: the host's back button shows on them and returns. */
  readonly stacked: (screen: S) => boolean;
  readonly draw: (screen: S) => HTMLElement;
}

/**
 * Tabs, the current screen and the way back: `go(screen)` draws it (remembering where it came
 * from when it is `stacked`), and the host's back button (`client.ui.setBackButton`, the `back`
 * event) returns, to `home` when the app was opened at a stacked screen. Put `root` in the page
 * and call `draw()` once; `drawTabs()` redraws only the tabs (when they change), keeping what the
 * citizen typed on the screen.
 */
export function createScreens<S extends Screen>(client: Client, options: ScreensOptions<S>) {
  const nav = el('nav');
  const view = el('div', { 'data-testid': 'view', tabindex: '-1' });
  const history: S[] = [];
  let current = options.first;
  const tabs = () => (typeof options.tabs === 'function' ? options.tabs() : options.tabs);
  const drawNav = () => nav.replaceChildren(...tabs().map(([screen, label]) => {
    const tab = el('button', { type: 'button', class: 'secondary', 'data-testid': `tab-${screen.view}`, ...(current.view === screen.view ? { 'aria-current': 'page' } : {}) }, label);
    tab.addEventListener('click', () => {
      history.length = 0;
      go(screen);
      // The tabs were drawn again: the focus goes to the new copy of the tab the citizen pressed.
      nav.querySelector<HTMLElement>(`[data-testid="tab-${screen.view}"]`)?.focus();
    });
    return tab;
  }));
  function draw() {
    drawNav();
    view.replaceChildren(options.draw(current));
    const back = history.length > 0 || options.stacked(current);
    void client.ui.setBackButton({ visible: back }).catch(() => undefined);
  }
  function go(screen: S) {
    if (options.stacked(screen)) history.push(current);
    current = screen;
    draw();
    window.scrollTo(0, 0);
    focusView();
  }
  client.on('back', () => {
    current = history.pop() ?? options.home;
    draw();
    focusView();
  });
  /**
   * The screen the citizen moved to takes the focus, so the button that led there, now gone, does not leave it on the
   * page's body: a screen reader goes on with the new screen, and so does Tab (after paying too, when the app moves on
   * to the receipt). The screen's element, not its heading: a screen that loads draws its heading again.
   */
  function focusView() {
    view.focus({ preventScroll: true });
  }
  return { root: [nav, view] as const, go, draw, drawTabs: drawNav };
}
