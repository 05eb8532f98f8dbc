import './style.css';
import type { Client } from '@citadel/sdk';
import { boot, createScreens, el, section } from '@citadel-miniapp/web-kit';
import { routeFromPath, type Route } from './route.js';
import { action } from './dom.js';
import { stringsFor, type Strings } from './i18n.js';
import { identitySection } from './identity.js';
import { notifyFromPartner } from './partner.js';
import { paymentsSection } from './payments.js';

const root = document.getElementById('app')!;

function render(client: Client, t: Strings) {
  const out = () => el('output');
  const note = el('input', { 'data-testid': 'note', value: '', placeholder: t.note });
  const storageOut = out();
  storageOut.dataset.testid = 'storage-result';
  const locationOut = out();
  locationOut.dataset.testid = 'location-result';
  const uiOut = out();
  const moreOut = out();
  moreOut.dataset.testid = 'more-result';
  const events = el('pre', { 'data-testid': 'events' });
  let watchId: string | undefined;

  for (const name of ['show', 'hide', 'back', 'close', 'theme', 'insets', 'location'] as const) {
    client.on(name, (data) => {
      events.textContent = `${new Date().toLocaleTimeString()} ${name} ${JSON.stringify(data)}\n${events.textContent ?? ''}`.slice(0, 4000);
      if (name === 'location' && 'position' in data && data.position) {
        locationOut.textContent = JSON.stringify(data.position, null, 2);
      }
    });
  }

  const support = (method: Parameters<Client['supports']>[0]) =>
    `${method}: ${client.supports(method) ? t.supported : t.unsupported}`;

  const device = el('div', {},
    section(t.storage, note,
      action(t.save, 'save', storageOut, () => client.storage.set({ key: 'note', value: note.value })),
      action(t.load, 'load', storageOut, async () => (await client.storage.get({ key: 'note' })).value, true),
      action(t.clear, 'clear', storageOut, async () => {
        await client.storage.clear();
        return client.storage.usage();
      }, true),
      storageOut),
    section(t.location,
      action(t.approximate, 'locate', locationOut, () => client.location.getCurrent({ accuracy: 'coarse' })),
      action(t.precise, 'locate-precise', locationOut, () => client.location.getCurrent({ accuracy: 'precise' }), true),
      action(t.watch, 'watch', locationOut, async () => {
        if (watchId) return { watchId };
        ({ watchId } = await client.location.watch({ accuracy: 'precise' }));
        return { watchId };
      }, true),
      action(t.stopWatch, 'stop-watch', locationOut, async () => {
        if (watchId) await client.location.clearWatch({ watchId });
        watchId = undefined;
        return null;
      }, true),
      locationOut),
    section(t.events, events));
  const ui = section(t.ui,
    action(t.setTitle, 'set-title', uiOut, () => client.ui.setTitle({ title: `${t.title} ${new Date().toLocaleTimeString()}` })),
    action(t.backOn, 'back-on', uiOut, () => client.ui.setBackButton({ visible: true }), true),
    action(t.backOff, 'back-off', uiOut, () => client.ui.setBackButton({ visible: false }), true),
    action(t.theme, 'theme', uiOut, async () => ({ theme: await client.ui.getTheme(), insets: await client.ui.getSafeAreaInsets() }), true),
    action(t.close, 'close', uiOut, () => client.close(), true),
    uiOut);
  const citizen = el('div', {}, identitySection(client, t), paymentsSection(client, t));
  const more = section(t.more,
    el('pre', {}, [support('identity.getToken'), support('payments.pay'), support('notifications.requestPermission')].join('\n')),
    action(t.notifyStatus, 'notify-status', moreOut, () => client.notifications.getPermission(), true),
    action(t.notify, 'notify', moreOut, () => client.notifications.requestPermission(), true),
    // The backend sends it: the mini-app only proves who the citizen is, with an identity token.
    action(t.notifyMe, 'notify-me', moreOut, async () => {
      const { token } = await client.identity.getToken({ nonce: crypto.randomUUID() });
      return notifyFromPartner(token);
    }, true),
    moreOut);

  // Each tab's elements are made once, so what a tab shows (a typed note, a result) stays when the citizen comes back.
  const screens = createScreens<Route>(client, {
    tabs: [[{ view: 'device' }, t.tabDevice], [{ view: 'ui' }, t.tabUi], [{ view: 'citizen' }, t.tabCitizen], [{ view: 'more' }, t.tabMore]],
    first: routeFromPath(client.context.path),
    home: { view: 'device' },
    stacked: () => false,
    draw: (route) => (route.view === 'ui' ? ui : route.view === 'citizen' ? citizen : route.view === 'more' ? more : device),
  });
  root.replaceChildren(
    el('p', { class: 'status', 'data-testid': 'status' }, `${t.connected} · ${client.appId} · protocol ${client.hostVersion}`),
    ...screens.root);
  screens.draw();
}

void boot(stringsFor, (client) => render(client, stringsFor(client.context.lang)));
