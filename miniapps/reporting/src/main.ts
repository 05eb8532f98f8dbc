import type { Client } from '@citadel/sdk';
import { createApi, type KeywordModel } from './api.js';
import { describeError, routeFromPath, type AppContext, type Route } from './app-context.js';
import { boot, el } from '@citadel-miniapp/web-kit';
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
  const nav = el('nav');
  const view = el('div', { 'data-testid': 'view' });
  const who = el('p', { class: 'hint', 'data-testid': 'who' });
  let staff = false;
  let current: Route = routeFromPath(client.context.path);

  const tabs: Array<[Route['view'], string]> = [['new', t.tabNew], ['mine', t.tabMine], ['feed', t.tabFeed], ['stats', t.tabStats]];
  const drawNav = () => nav.replaceChildren(...[...tabs, ...(staff ? [['staff', t.tabStaff] as [Route['view'], string]] : [])].map(([id, label]) => {
    const b = el('button', { type: 'button', class: 'secondary', 'data-testid': `tab-${id}`, ...(current.view === id ? { 'aria-current': 'page' } : {}) }, label);
    b.addEventListener('click', () => ctx.go({ view: id } as Route));
    return b;
  }));

  const ctx: AppContext = {
    client, api, t, lang, model,
    go(route) {
      current = route;
      drawNav();
      view.replaceChildren(
        route.view === 'report' ? reportView(ctx, route.code)
          : route.view === 'mine' ? mineView(ctx)
            : route.view === 'feed' ? feedView(ctx)
              : route.view === 'stats' ? statsView(ctx)
                : route.view === 'staff' ? staffView(ctx)
                  : newReportView(ctx));
      void client.ui.setBackButton({ visible: route.view === 'report' }).catch(() => undefined);
    },
  };
  client.on('back', () => ctx.go({ view: 'mine' }));

  root.replaceChildren(nav, view, who);
  ctx.go(current);
  // Signs in to the backend once (the host asks the citizen the first time): staff see their console.
  void api.me().then((me) => {
    staff = me.staff;
    who.textContent = `${me.staff ? `${t.youAreStaff} ` : ''}${t.yourId}${me.sub}`;
    who.dataset.sub = me.sub;
    who.dataset.staff = String(me.staff);
    drawNav();
  }, (error: unknown) => { who.textContent = describeError(error); });
}

void boot(stringsFor, async (client) => start(client, await createApi(client).model()));
