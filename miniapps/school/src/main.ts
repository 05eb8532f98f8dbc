import type { Client } from '@citadel/sdk';
import { boot, el } from '@citadel-miniapp/web-kit';
import { announcementsView, announcementView } from './announcements-view.js';
import { createApi, type Api, type LinkAnswer } from './api.js';
import { routeFromPath, type AppContext, type Route } from './app-context.js';
import { childView } from './child-view.js';
import { classView } from './class-view.js';
import { feeView } from './fees-view.js';
import { homeView } from './home-view.js';
import { stringsFor, type Lang } from './i18n.js';
import { leaveView } from './leave-view.js';
import { linkToSchool } from './link-view.js';

const root = document.getElementById('app')!;

function start(client: Client, api: Api, me: LinkAnswer) {
  const lang: Lang = client.context.lang === 'en' ? 'en' : 'vi';
  const t = stringsFor(lang);
  const nav = el('nav');
  const view = el('div', { 'data-testid': 'view' });
  let current: Route = routeFromPath(client.context.path);
  const history: Route[] = current.view === 'home' ? [] : [{ view: 'home' }];
  const teaches = me.classes[0];
  const tabs: Array<[string, string, Route]> = [
    ['home', t.tabChildren, { view: 'home' }],
    ['announcements', t.tabAnnouncements, { view: 'announcements' }],
    ...(teaches ? [['class', t.tabClass, { view: 'class', id: teaches.id }] as [string, string, Route]] : []),
  ];
  const drawNav = () => nav.replaceChildren(...tabs.map(([id, text, route]) => {
    const b = el('button', { type: 'button', class: 'secondary', 'data-testid': `tab-${id}`, ...(current.view === route.view ? { 'aria-current': 'page' } : {}) }, text);
    b.addEventListener('click', () => { history.length = 0; ctx.go(route); });
    return b;
  }));
  const draw = () => {
    drawNav();
    view.replaceChildren(
      current.view === 'child' ? childView(ctx, current.id, current.tab)
        : current.view === 'leave' ? leaveView(ctx, current.id)
          : current.view === 'fee' ? feeView(ctx, current.id)
            : current.view === 'announcement' ? announcementView(ctx, current.id)
              : current.view === 'announcements' ? announcementsView(ctx)
                : current.view === 'class' ? classView(ctx, current.id)
                  : homeView(ctx));
    void client.ui.setBackButton({ visible: history.length > 0 }).catch(() => undefined);
  };
  const ctx: AppContext = {
    client, api, t, lang, me,
    go(route) {
      // Tabs are top level; a child, a request, a fee or an announcement opens over where it was opened.
      if (route.view !== 'home' && route.view !== 'announcements' && route.view !== 'class') history.push(current);
      current = route;
      draw();
      window.scrollTo(0, 0);
    },
  };
  client.on('back', () => {
    current = history.pop() ?? { view: 'home' };
    draw();
  });
  root.replaceChildren(nav, view);
  draw();
}

// `boot` says ready once the app is connected, before linking: the linking screens (and the host's
// prompts) must show, and may wait for the citizen as long as they like.
void boot(stringsFor, (client) => {
  const api = createApi(client);
  void linkToSchool(root, client, api, stringsFor(client.context.lang)).then((me) => start(client, api, me));
});
