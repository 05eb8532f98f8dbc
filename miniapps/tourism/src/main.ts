import type { Client } from '@citadel/sdk';
import { createApi, type ListedPlace } from './api.js';
import type { AppContext, Route } from './app-context.js';
import { boot, el } from '@citadel-miniapp/web-kit';
import { stringsFor, type Lang } from './i18n.js';
import { nearView } from './near-view.js';
import { placeView } from './place-view.js';
import { placesView } from './places-view.js';
import { ticketsView, ticketView } from './ticket-view.js';

const root = document.getElementById('app')!;

function start(client: Client, places: readonly ListedPlace[]) {
  const lang: Lang = client.context.lang === 'en' ? 'en' : 'vi';
  const t = stringsFor(lang);
  const nav = el('nav');
  const view = el('div', { 'data-testid': 'view' });
  let current: Route = { view: 'places' };
  const history: Route[] = [];
  const tabs: Array<['places' | 'near' | 'tickets', string]> = [['places', t.tabPlaces], ['near', t.tabNear], ['tickets', t.tabTickets]];
  const drawNav = () => nav.replaceChildren(...tabs.map(([id, label]) => {
    const b = el('button', { type: 'button', class: 'secondary', 'data-testid': `tab-${id}`, ...(current.view === id ? { 'aria-current': 'page' } : {}) }, label);
    b.addEventListener('click', () => { history.length = 0; ctx.go({ view: id }); });
    return b;
  }));
  const draw = () => {
    drawNav();
    view.replaceChildren(
      current.view === 'place' ? placeView(ctx, current.id)
        : current.view === 'ticket' ? ticketView(ctx, current.reference)
          : current.view === 'near' ? nearView(ctx)
            : current.view === 'tickets' ? ticketsView(ctx)
              : placesView(ctx));
    void client.ui.setBackButton({ visible: history.length > 0 }).catch(() => undefined);
  };
  const ctx: AppContext = {
    client, api: createApi(client), t, lang, places,
    go(route) {
      if (route.view === 'place' || route.view === 'ticket') history.push(current);
      current = route;
      draw();
    },
  };
  client.on('back', () => {
    current = history.pop() ?? { view: 'places' };
    draw();
  });
  root.replaceChildren(nav, view);
  draw();
}

void boot(stringsFor, async (client) => start(client, await createApi(client).places()));
