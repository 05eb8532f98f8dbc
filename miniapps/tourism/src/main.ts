import './style.css';
import type { Client } from '@citadel/sdk';
import { createApi, type ListedPlace } from './api.js';
import { routeFromPath, type AppContext, type Route } from './app-context.js';
import { boot, createScreens } from '@citadel-miniapp/web-kit';
import { stringsFor, type Lang } from './i18n.js';
import { nearView } from './near-view.js';
import { placeView } from './place-view.js';
import { placesView } from './places-view.js';
import { ticketsView, ticketView } from './ticket-view.js';

const root = document.getElementById('app')!;

function start(client: Client, places: readonly ListedPlace[]) {
  const lang: Lang = client.context.lang === 'en' ? 'en' : 'vi';
  const t = stringsFor(lang);
  const screens = createScreens<Route>(client, {
    tabs: [[{ view: 'places' }, t.tabPlaces], [{ view: 'near' }, t.tabNear], [{ view: 'tickets' }, t.tabTickets]],
    first: routeFromPath(client.context.path),
    home: { view: 'places' },
    stacked: (route) => route.view === 'place' || route.view === 'ticket',
    draw: (route) => route.view === 'place' ? placeView(ctx, route.id)
      : route.view === 'ticket' ? ticketView(ctx, route.reference)
        : route.view === 'near' ? nearView(ctx)
          : route.view === 'tickets' ? ticketsView(ctx)
            : placesView(ctx),
  });
  const ctx: AppContext = { client, api: createApi(client), t, lang, places, go: screens.go };
  root.replaceChildren(...screens.root);
  screens.draw();
}

void boot(stringsFor, async (client) => start(client, await createApi(client).places()));
