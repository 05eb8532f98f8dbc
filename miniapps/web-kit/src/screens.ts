import type { Client } from '@citadel/sdk';
import { el } from './dom.js';

/** A place in an app: `view` names it, the rest is what it shows. */
export interface Screen {
  readonly view: string;
}

/** How an app moves between its screens. */
export interface ScreensOptions<S extends Screen> {
  /** The tabs along the top: each opens a screen and clears the way back. */
  readonly tabs: ReadonlyArray<readonly [S['view'], string]>;
  /** The screen the app opens at (from `client.context.path`, say). */
  readonly first: S;
  /** The screen "back" leads to when there is nothing before. */
  readonly home: S;
  /** Screens reached from another one, so that the host's back button returns there. */
  readonly stacked: (screen: S) => boolean;
  readonly draw: (screen: S) => HTMLElement;
}

/**
 * Tabs, the current screen and the way back: `go(screen)` draws it (remembering where it came
 * from when it is `stacked`), and the host's back button (`client.ui.setBackButton`, the `back`
 * event) returns. Put `root` in the page.
 */
export function createScreens<S extends Screen>(client: Client, options: ScreensOptions<S>) {
  const nav = el('nav');
  const view = el('div', { 'data-testid': 'view' });
  const history: S[] = [];
  let current = options.first;
  const drawNav = () => nav.replaceChildren(...options.tabs.map(([id, label]) => {
    const tab = el('button', { type: 'button', class: 'secondary', 'data-testid': `tab-${id}`, ...(current.view === id ? { 'aria-current': 'page' } : {}) }, label);
    tab.addEventListener('click', () => { history.length = 0; go({ view: id } as S); });
    return tab;
  }));
  function draw() {
    drawNav();
    view.replaceChildren(options.draw(current));
    void client.ui.setBackButton({ visible: history.length > 0 }).catch(() => undefined);
  }
  function go(screen: S) {
    if (options.stacked(screen)) history.push(current);
    current = screen;
    draw();
  }
  client.on('back', () => {
    current = history.pop() ?? options.home;
    draw();
  });
  return { root: [nav, view] as const, go, draw };
}
