import { CitadelPushSwitch } from '../push/push-switch.js';
import { CitadelInboxPage } from './inbox-page.js';

const elements = {
  'citadel-inbox-page': CitadelInboxPage,
  'citadel-push-switch': CitadelPushSwitch,
} as const;

/** Registers the inbox's elements; safe to call more than once. Load through `loadInboxScreens`. */
export function defineInboxElements() {
  for (const [name, element] of Object.entries(elements)) {
    if (!customElements.get(name)) customElements.define(name, element);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'citadel-inbox-page': CitadelInboxPage;
    'citadel-push-switch': CitadelPushSwitch;
  }
}
