import './style.css';
import type { Client } from '@citadel/sdk';
import { createApi, type KeywordModel } from './api.js';
import { describeError, routeFromPath, type AppContext, type Route } from './app-context.js';
import { boot, createScreens, el } from '@citadel-miniapp/web-kit';
import { stringsFor, type Lang } from './i18n.js';
import { newReportView } from './new-report.js';
import { feedView, statsView } from './public-view.js';
import { mineView, reportView } from './report-view.js';
import { staffView } from './staff-view.js';

const root = document.getElementById('app')!;

function start(client: Client, model: KeywordModel) {
  const lang: Lang = client.context.lang === 'en' ? 'en' : 'vi';
  const t = stringsFor(lang);
  const api = createApi(client);
  const who = el('p', { class: 'hint', 'data-testid': 'who' });
  let staff = false;
  const tabs: ReadonlyArray<readonly [Route, string]> = [[{ view: 'new' }, t.tabNew], [{ view: 'mine' }, t.tabMine], [{ view: 'feed' }, t.tabFeed], [{ view: 'stats' }, t.tabStats]];
  const screens = createScreens<Route>(client, {
    // The staff tab appears once the backend says this citizen is staff.
    tabs: () => (staff ? [...tabs, [{ view: 'staff' }, t.tabStaff]] : tabs),
    first: routeFromPath(client.context.path),
    home: { view: 'mine' },
    stacked: (route) => route.view === 'report',
    draw: (route) => route.view === 'report' ? reportView(ctx, route.code)
      : route.view === 'mine' ? mineView(ctx)
        : route.view === 'feed' ? feedView(ctx)
          : route.view === 'stats' ? statsView(ctx)
            : route.view === 'staff' ? staffView(ctx)
              : newReportView(ctx),
  });
  const ctx: AppContext = { client, api, t, lang, model, go: screens.go };

  root.replaceChildren(...screens.root, who);
  screens.draw();
  // Signs in to the backend once (the host asks the citizen the first time): staff see their console.
  void api.me().then((me) => {
    staff = me.staff;
    who.textContent = `${me.staff ? `${t.youAreStaff} ` : ''}${t.yourId}${me.sub}`;
    who.dataset.sub = me.sub;
    who.dataset.staff = String(me.staff);
    if (staff) screens.drawTabs();
  }, (error: unknown) => { who.textContent = describeError(error); });
}

void boot(stringsFor, async (client) => start(client, await createApi(client).model()));
