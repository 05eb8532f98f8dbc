import { defineElements, type TagsOf } from '../shared/define-elements.js';
import { CitadelAlertsPage } from './alerts-page.js';
import { CitadelAreaMap } from './area-map.js';
import { CitadelAlertDetail } from './detail-view.js';
import { CitadelAlertsHistory } from './history-view.js';
import { CitadelAlertsLocation } from './location-switch.js';
import { CitadelAlertPublish } from './publish-form.js';
import { CitadelAlertsWards } from './wards-form.js';

const elements = {
  'citadel-alerts-page': CitadelAlertsPage,
  'citadel-alerts-history': CitadelAlertsHistory,
  'citadel-alert-detail': CitadelAlertDetail,
  'citadel-area-map': CitadelAreaMap,
  'citadel-alerts-location': CitadelAlertsLocation,
  'citadel-alert-publish': CitadelAlertPublish,
  'citadel-alerts-wards': CitadelAlertsWards,
} as const;

/** Registers the alert screens' elements; safe to call more than once. Load through `loadAlertScreens`. */
export const defineAlertElements = (): void => defineElements(elements);

declare global {
  interface HTMLElementTagNameMap extends TagsOf<typeof elements> {}
}
