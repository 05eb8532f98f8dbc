import type { Client } from '@citadel/sdk';
import { accountView } from './account-view.js';
import { accountsView } from './accounts-view.js';
import { createApi } from './api.js';
import type { AppContext, Route } from './app-context.js';
import { boot, el } from '@citadel-miniapp/web-kit';
import { stringsFor, type Lang } from './i18n.js';
import { outagesView } from './outages-view.js';
import { receiptView } from './receipt-view.js';

const root = document.getElementById('app')!;

/** Deep links the app opens at: `/accounts/<code>` and `/bills/<id>/receipt`. */
function routeOf(path: string): Route {
  const account = /^\/accounts\/([A-Z0-9]{6,20})$/.exec(path);
  if (account) return { view: 'account', code: account[1]! };
  const receipt = /^\/bills\/([A-Z0-9]{6,20}-\d{6})\/receipt$/.exec(path);
  if (receipt) return { view: 'receipt', billId: receipt[1]! };
  return path === '/outages' ? { view: 'outages' } : { view: 'accounts' };
}

function start(client: Client) {
  const lang: Lang = client.context.lang === 'en' ? 'en' : 'vi';
  const t = stringsFor(lang);
  const nav = el('nav');
  const view = el('div', { 'data-testid': 'view' });
  let current = routeOf(client.context.path);
  const history: Route[] = [];
  const tabs: Array<['accounts' | 'outages', string]> = [['accounts', t.tabAccounts], ['outages', t.tabOutages]];
  const drawNav = () => nav.replaceChildren(...tabs.map(([id, label]) => {
    const b = el('button', { type: 'button', class: 'secondary', 'data-testid': `tab-${id}`, ...(current.view === id ? { 'aria-current': 'page' } : {}) }, label);
    b.addEventListener('click', () => { history.length = 0; ctx.go({ view: id }); });
    return b;
  }));
  const draw = () => {
    drawNav();
    view.replaceChildren(
      current.view === 'account' ? accountView(ctx, current.code)
        : current.view === 'receipt' ? receiptView(ctx, current.billId)
          : current.view === 'outages' ? outagesView(ctx)
            : accountsView(ctx));
    void client.ui.setBackButton({ visible: history.length > 0 }).catch(() => undefined);
  };
  const ctx: AppContext = {
    client, api: createApi(client), t, lang, savedWards: new Set(),
    go(route) {
      if (route.view === 'account' || route.view === 'receipt') history.push(current);
      current = route;
      draw();
    },
  };
  client.on('back', () => {
    current = history.pop() ?? { view: 'accounts' };
    draw();
  });
  root.replaceChildren(nav, view);
  draw();
}

void boot(stringsFor, start);
