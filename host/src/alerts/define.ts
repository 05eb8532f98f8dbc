import { CitadelAlertsPage } from './alerts-page.js';
import { CitadelAlertDetail } from './detail-view.js';
import { CitadelAlertsHistory } from './history-view.js';
import { CitadelAlertsLocation } from './location-switch.js';
import { CitadelAlertPublish } from './publish-form.js';

const elements = {
  'citadel-alerts-page': CitadelAlertsPage,
  'citadel-alerts-history': CitadelAlertsHistory,
  'citadel-alert-detail': CitadelAlertDetail,
  'citadel-alerts-location': CitadelAlertsLocation,
  'citadel-alert-publish': CitadelAlertPublish,
} as const;

/** Registers the alert screens' elements; safe to call more than once. Load through `loadAlertScreens`. */
export function defineAlertElements() {
  for (const [name, element] of Object.entries(elements)) {
    if (!customElements.get(name)) customElements.define(name, element);
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'citadel-alerts-page': CitadelAlertsPage;
    'citadel-alerts-history': CitadelAlertsHistory;
    'citadel-alert-detail': CitadelAlertDetail;
    'citadel-alerts-location': CitadelAlertsLocation;
    'citadel-alert-publish': CitadelAlertPublish;
  }
}
