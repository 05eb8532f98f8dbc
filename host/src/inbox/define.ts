import { defineElements, type TagsOf } from '../shared/define-elements.js';
import { CitadelPushSwitch } from '../push/push-switch.js';
import { CitadelInboxPage } from './inbox-page.js';

const elements = {
  'citadel-inbox-page': CitadelInboxPage,
  'citadel-push-switch': CitadelPushSwitch,
} as const;

/** Registers the inbox's elements; safe to call more than once. Load through `loadInboxScreens`. */
export const defineInboxElements = (): void => defineElements(elements);

declare global {
  interface HTMLElementTagNameMap extends TagsOf<typeof elements> {}
}
