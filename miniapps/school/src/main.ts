import './style.css';
import type { Client } from '@citadel/sdk';
import { boot, createScreens } from '@citadel-miniapp/web-kit';
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
  const teaches = me.classes[0];
  const screens = createScreens<Route>(client, {
    tabs: [
      [{ view: 'home' }, t.tabChildren],
      [{ view: 'announcements' }, t.tabAnnouncements],
      ...(teaches ? [[{ view: 'class', id: teaches.id }, t.tabClass] as const] : []),
    ],
    first: routeFromPath(client.context.path),
    home: { view: 'home' },
    // Tabs are top level; a child, a request, a fee or an announcement opens over where it was opened.
    stacked: (route) => route.view !== 'home' && route.view !== 'announcements' && route.view !== 'class',
    draw: (route) => route.view === 'child' ? childView(ctx, route.id, route.tab)
      : route.view === 'leave' ? leaveView(ctx, route.id)
        : route.view === 'fee' ? feeView(ctx, route.id)
          : route.view === 'announcement' ? announcementView(ctx, route.id)
            : route.view === 'announcements' ? announcementsView(ctx)
              : route.view === 'class' ? classView(ctx, route.id)
                : homeView(ctx),
  });
  const ctx: AppContext = { client, api, t, lang, me, go: screens.go };
  root.replaceChildren(...screens.root);
  screens.draw();
}

// `boot` says ready once the app is connected, before linking: the linking screens (and the host's
// prompts) must show, and may wait for the citizen as long as they like.
void boot(stringsFor, (client) => {
  const api = createApi(client);
  void linkToSchool(root, client, api, stringsFor(client.context.lang)).then((me) => start(client, api, me));
});
