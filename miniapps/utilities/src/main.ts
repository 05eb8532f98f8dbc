import './style.css';
import type { Client } from '@citadel/sdk';
import { accountView } from './account-view.js';
import { accountsView } from './accounts-view.js';
import { createApi } from './api.js';
import { routeFromPath, type AppContext, type Route } from './app-context.js';
import { boot, createScreens } from '@citadel-miniapp/web-kit';
import { stringsFor, type Lang } from './i18n.js';
import { outagesView } from './outages-view.js';
import { receiptView } from './receipt-view.js';

const root = document.getElementById('app')!;

function start(client: Client) {
  const lang: Lang = client.context.lang === 'en' ? 'en' : 'vi';
  const t = stringsFor(lang);
  const screens = createScreens<Route>(client, {
    tabs: [[{ view: 'accounts' }, t.tabAccounts], [{ view: 'outages' }, t.tabOutages]],
    first: routeFromPath(client.context.path),
    home: { view: 'accounts' },
    stacked: (route) => route.view === 'account' || route.view === 'receipt',
    draw: (route) => route.view === 'account' ? accountView(ctx, route.code)
      : route.view === 'receipt' ? receiptView(ctx, route.billId)
        : route.view === 'outages' ? outagesView(ctx)
          : accountsView(ctx),
  });
  const ctx: AppContext = { client, api: createApi(client), t, lang, savedWards: new Set(), go: screens.go };
  root.replaceChildren(...screens.root);
  screens.draw();
}

void boot(stringsFor, start);
