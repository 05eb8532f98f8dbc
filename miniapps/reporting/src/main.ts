import './style.css';
import type { Client } from '@citadel/sdk';
import { createApi, type Api, type KeywordModel } from './api.js';
import { describeError, routeFromPath, type AppContext, type Route } from './app-context.js';
import { boot, createScreens, el } from '@citadel-miniapp/web-kit';
import { stringsFor, type Lang } from './i18n.js';
import { newReportView } from './new-report.js';
import { loadModel } from './offline/model.js';
import { createOutbox } from './offline/outbox.js';
import { outboxView } from './offline/outbox-view.js';
import { openReportingStore, type ReportingStore } from './offline/store.js';
import { keepWorking } from './offline/worker.js';
import { feedView, statsView } from './public-view.js';
import { mineView, reportView } from './report-view.js';
import { staffView } from './staff-view.js';

const root = document.getElementById('app')!;

function start(client: Client, api: Api, store: ReportingStore, model: KeywordModel) {
  const lang: Lang = client.context.lang === 'en' ? 'en' : 'vi';
  const t = stringsFor(lang);
  const outbox = createOutbox(store, async (report, key) => (await api.file(report, key)).report);
  // Staff are told they are staff; nobody is shown their pairwise id, the backend's key that means nothing to a person.
  const who = el('p', { class: 'hint', 'data-testid': 'who', hidden: '' });
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
  const ctx: AppContext = { client, api, t, lang, model, outbox, go: screens.go };

  root.replaceChildren(...screens.root, outboxView(outbox, lang), who);
  screens.draw();
  // Reports written offline leave now, when the browser is back online, or on a Background Sync.
  keepWorking(() => outbox.send());
  // Signs in to the backend once (the host asks the citizen the first time): staff see their console.
  void api.me().then((me) => {
    staff = me.staff;
    who.textContent = me.staff ? t.youAreStaff : '';
    who.hidden = !me.staff;
    who.dataset.staff = String(me.staff);
    if (staff) screens.drawTabs();
  }, (error: unknown) => {
    who.textContent = describeError(error);
    who.hidden = false;
  });
}

void boot(stringsFor, async (client) => {
  const api = createApi(client);
  const store = await openReportingStore();
  // The keyword model kept from the last open lets a report be written offline.
  start(client, api, store, await loadModel(store, () => api.model()));
});
